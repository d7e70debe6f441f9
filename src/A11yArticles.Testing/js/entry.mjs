// Entry point of virtual-screen-reader.bundle.js (built by build.sh; never edit the bundle by hand).
// Exposes guidepup's Virtual Screen Reader to A11yArticles.Testing, which injects the bundle into a
// page and drives it from C# through page.EvaluateAsync.
import { Virtual } from "@guidepup/virtual-screen-reader/browser.js";

globalThis.__a11yArticlesVirtualScreenReader = {
  version: "0.33.0",
  create: () => new Virtual(),
};
