#!/usr/bin/env bash
# Builds virtual-screen-reader.bundle.js: @guidepup/virtual-screen-reader (MIT) and its
# dependencies in one IIFE script, from the exact versions pinned in package-lock.json. The
# Testing assembly embeds the bundle and injects it into pages; the bundle is committed so that a
# build needs no npm, and is never edited by hand.
#
#   ./build.sh          rebuild the bundle in place (after changing package.json: npm install first)
#   ./build.sh --check  rebuild into a temporary file; exit 1 if it differs from the committed one
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# npm ci installs exactly what package-lock.json says (and fails if it does not match package.json).
# No install scripts are needed: esbuild's binary comes from its @esbuild/<platform> package.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null

bundle=virtual-screen-reader.bundle.js
output=$bundle
[ "${1:-}" = "--check" ] && output=$(mktemp "${TMPDIR:-/tmp}/virtual-screen-reader.XXXXXX")

npx --no-install esbuild entry.mjs --bundle --format=iife --platform=browser --target=es2020 \
    --minify --legal-comments=eof --charset=utf8 --log-level=warning --outfile="$output"

if [ "${1:-}" = "--check" ]; then
    if cmp -s "$output" "$bundle"; then
        echo "$bundle matches a rebuild from package-lock.json ($(wc -c <"$bundle") bytes)."
        rm -f "$output"
    else
        echo "$bundle differs from a rebuild from package-lock.json: run src/A11yArticles.Testing/js/build.sh and commit the result; never edit the bundle by hand." >&2
        rm -f "$output"
        exit 1
    fi
else
    echo "Wrote $bundle ($(wc -c <"$bundle") bytes)."
fi
