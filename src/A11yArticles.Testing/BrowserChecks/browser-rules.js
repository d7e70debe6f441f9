// A11yArticles browser rules: the W3C ACT rules that need a rendered page, judged from computed
// styles, layout and the DOM of the live page (open shadow trees included). Injected by
// BrowserChecker; each function returns plain JSON. No network, no page changes except scrolling
// (restored) and, for focus, what the C# side does between calls.
(() => {
  'use strict';
  if (window.__a11yBrowserRules) return;

  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const MAX_TARGETS_PER_RULE = 2000;

  // ---------- trees ----------
  function* elementsIn(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    let node = walker.currentNode === root && root.nodeType === 1 ? root : walker.nextNode();
    for (; node; node = walker.nextNode()) {
      yield node;
      if (node.shadowRoot) yield* elementsIn(node.shadowRoot);
    }
  }
  function allElements() { return [...elementsIn(document.documentElement)]; }
  function flatParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent;
  }
  function flatAncestors(node) {
    const result = [];
    for (let p = flatParent(node); p && p.nodeType === 1; p = flatParent(p)) result.push(p);
    return result;
  }
  function isHtml(el) { return el && el.nodeType === 1 && el.namespaceURI === HTML_NS; }

  // ---------- selectors (a path a person can use; ' >>> ' enters a shadow root) ----------
  function cssEscape(s) { return CSS.escape(s); }
  function selectorIn(el) {
    const root = el.getRootNode();
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.id && root.querySelectorAll('#' + cssEscape(e.id)).length === 1) { parts.unshift('#' + cssEscape(e.id)); break; }
      let part = e.localName;
      const parent = e.parentElement;
      if (parent) {
        const same = [...parent.children].filter(c => c.localName === e.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
      } else if (e.parentNode instanceof ShadowRoot) {
        const same = [...e.parentNode.children].filter(c => c.localName === e.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  }
  function selectorOf(el) {
    const root = el.getRootNode();
    const own = selectorIn(el);
    return root instanceof ShadowRoot ? selectorOf(root.host) + ' >>> ' + own : own;
  }
  function snippet(el) {
    const html = el.outerHTML || '';
    return html.length > 120 ? html.slice(0, 119) + '…' : html;
  }

  // ---------- visibility ----------
  function rendered(el) {
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true });
  }
  function clipAncestors(node) {
    return flatAncestors(node).filter(a => {
      const s = getComputedStyle(a);
      return s.overflowX !== 'visible' || s.overflowY !== 'visible' || (s.clip && s.clip !== 'auto') || s.clipPath !== 'none';
    });
  }
  function intersect(a, b) {
    const left = Math.max(a.left, b.left), top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right), bottom = Math.min(a.bottom, b.bottom);
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  }
  // The parts of a text node that are painted inside the page's scrolling area and not clipped away.
  function visibleTextRects(text) {
    const parent = flatParent(text);
    if (!parent || parent.nodeType !== 1 || !rendered(parent)) return [];
    if (!/\S/.test(text.data)) return [];
    const range = document.createRange();
    range.selectNodeContents(text);
    let rects = [...range.getClientRects()].filter(r => r.width >= 1 && r.height >= 1);
    if (!rects.length) return [];
    const clippers = clipAncestors(text).map(a => a.getBoundingClientRect());
    const sx = window.scrollX, sy = window.scrollY;
    return rects.map(r => clippers.reduce((acc, c) => intersect(acc, c), intersect(r, r)))
      .filter(r => r.width > 1 && r.height > 1 && r.right + sx > 0 && r.bottom + sy > 0);
  }
  function textChildren(el) {
    const nodes = [...el.childNodes];
    if (el.localName === 'slot') nodes.push(...el.assignedNodes());
    return nodes.filter(n => n.nodeType === 3);
  }
  function visibleTextChildren(el) { return textChildren(el).filter(t => visibleTextRects(t).length > 0); }

  // ---------- colour ----------
  let ctx = null;
  function context2d() {
    if (!ctx) {
      const canvas = document.createElementNS(HTML_NS, 'canvas');
      canvas.width = canvas.height = 1;
      ctx = canvas.getContext('2d', { willReadFrequently: true });
    }
    return ctx;
  }
  const colourCache = new Map();
  function parseColour(text) {
    if (colourCache.has(text)) return colourCache.get(text);
    let result = null;
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
    if (m) {
      let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      result = { r: +m[1], g: +m[2], b: +m[3], a };
    } else if (text.trim() === 'transparent') {
      result = { r: 0, g: 0, b: 0, a: 0 };
    } else {
      const c = context2d();
      c.clearRect(0, 0, 1, 1);
      c.fillStyle = '#000';
      c.fillStyle = text;
      c.fillRect(0, 0, 1, 1);
      const d = c.getImageData(0, 0, 1, 1).data;
      result = d[3] === 0 ? { r: 0, g: 0, b: 0, a: 0 } : { r: d[0] * 255 / d[3], g: d[1] * 255 / d[3], b: d[2] * 255 / d[3], a: d[3] / 255 };
    }
    colourCache.set(text, result);
    return result;
  }
  function blend(top, bottom) {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = k => (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a;
    return { r: mix('r'), g: mix('g'), b: mix('b'), a };
  }
  function luminance(c) {
    const ch = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  }
  function contrast(a, b) {
    const la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function hex(c) { return '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join(''); }
  function withAlpha(c, factor) { return { r: c.r, g: c.g, b: c.b, a: c.a * factor }; }
  function colourList(text) {
    const found = text.match(/rgba?\([^)]*\)|\btransparent\b|color\([^)]*\)|oklch\([^)]*\)|oklab\([^)]*\)|lab\([^)]*\)|lch\([^)]*\)|hsla?\([^)]*\)|#[0-9a-f]{3,8}\b/gi) || [];
    return found.map(parseColour).filter(Boolean);
  }
  function opacityOf(el) {
    let o = 1;
    for (let e = el; e && e.nodeType === 1; e = flatParent(e)) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  }

  // Background images (url()) that loaded: text over them cannot be judged from colours.
  const imageState = new Map();
  async function loadBackgroundImages() {
    const urls = new Set();
    for (const el of allElements()) {
      const bg = getComputedStyle(el).backgroundImage;
      if (bg && bg.includes('url(')) for (const m of bg.matchAll(/url\("?([^")]*)"?\)/g)) urls.add(m[1]);
    }
    await Promise.all([...urls].map(url => new Promise(resolve => {
      const img = new Image();
      const done = ok => { imageState.set(url, ok); resolve(); };
      const timer = setTimeout(() => done(false), 3000);
      img.onload = () => { clearTimeout(timer); done(img.naturalWidth > 0); };
      img.onerror = () => { clearTimeout(timer); done(false); };
      img.src = url;
    })));
  }
  function loadedImages(bg) {
    return [...bg.matchAll(/url\("?([^")]*)"?\)/g)].some(m => imageState.get(m[1]) === true);
  }

  const REPLACED = new Set(['img', 'video', 'canvas', 'svg', 'iframe', 'object', 'embed', 'picture', 'input', 'textarea', 'select']);

  // The layers behind a point of the text, top first: from the hit-test when the text's element is
  // hit there, else the text's flat-tree ancestors.
  function layersBehind(parent, rect) {
    const x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
    if (parent.getRootNode() === document) {
      let dx = 0, dy = 0;
      if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) {
        const before = [scrollX, scrollY];
        scrollTo(scrollX + x - innerWidth / 2, scrollY + y - innerHeight / 2);
        dx = before[0] - scrollX; dy = before[1] - scrollY;
      }
      const px = x + dx, py = y + dy;
      if (px >= 0 && py >= 0 && px < innerWidth && py < innerHeight) {
        const stack = document.elementsFromPoint(px, py);
        const index = stack.indexOf(parent);
        if (index >= 0) return { layers: stack.slice(index), hit: true };
      }
    }
    return { layers: [parent, ...flatAncestors(parent)], hit: false };
  }

  // Candidate background colours under a point (opaque), or a reason why they cannot be known.
  function backgroundsAt(parent, rect) {
    const { layers } = layersBehind(parent, rect);
    const ancestors = new Set([parent, ...flatAncestors(parent)]);
    const stack = [];
    for (const el of layers) {
      const s = getComputedStyle(el);
      if (!ancestors.has(el) && REPLACED.has(el.localName)) return { cantTell: `the text is over an image or embedded content (<${el.localName}>)` };
      if (s.mixBlendMode !== 'normal' || s.filter !== 'none' || s.backdropFilter !== 'none' && s.backdropFilter !== undefined) return { cantTell: 'a CSS filter or blend mode changes the colours' };
      if (s.backgroundClip === 'text' || s.webkitBackgroundClip === 'text') return { cantTell: 'the text is painted with a background (background-clip: text)' };
      const opacity = opacityOf(el);
      const colour = withAlpha(parseColour(s.backgroundColor), opacity);
      let gradient = null;
      if (s.backgroundImage && s.backgroundImage !== 'none') {
        if (loadedImages(s.backgroundImage)) return { cantTell: 'the text is over a background image' };
        if (/gradient\(/.test(s.backgroundImage)) {
          gradient = colourList(s.backgroundImage.replace(/url\([^)]*\)/g, '')).map(c => withAlpha(c, opacity));
          if (!gradient.length) gradient = null;
        }
      }
      stack.push({ colour, gradient });
      if (colour.a >= 1 && !gradient) break;
      if (gradient && gradient.every(c => c.a >= 1)) break;
    }
    let set = [{ r: 255, g: 255, b: 255, a: 1 }];
    for (let i = stack.length - 1; i >= 0; i--) {
      const { colour, gradient } = stack[i];
      set = set.map(c => blend(colour, c));
      if (gradient) {
        const next = [];
        for (const c of set) for (const g of gradient) next.push(blend(g, c));
        // midpoints between neighbouring stops too (the gradient passes through them)
        for (const c of set) for (let k = 0; k + 1 < gradient.length; k++) {
          const a = gradient[k], b = gradient[k + 1];
          next.push(blend({ r: (a.r + b.r) / 2, g: (a.g + b.g) / 2, b: (a.b + b.b) / 2, a: (a.a + b.a) / 2 }, c));
        }
        set = next;
      }
      const seen = new Map();
      for (const c of set) seen.set(hex(c), c);
      set = [...seen.values()].slice(0, 64);
    }
    return { colours: set };
  }

  // Text shadows that hug the glyphs (offset within the blur): the halo they draw is what the
  // glyphs stand on, so it replaces the background colour (a halo can raise or lower the contrast).
  function haloShadows(style) {
    if (!style.textShadow || style.textShadow === 'none') return [];
    const result = [];
    for (const part of style.textShadow.split(/,(?![^(]*\))/)) {
      const colour = colourList(part)[0];
      const lengths = (part.replace(/rgba?\([^)]*\)/g, '').match(/-?[\d.]+px/g) || []).map(parseFloat);
      const [ox = 0, oy = 0, blur = 0] = lengths;
      if (colour && colour.a > 0 && blur > 0 && Math.abs(ox) <= blur && Math.abs(oy) <= blur) result.push(colour);
    }
    return result.reverse(); // the first shadow is painted on top
  }

  // A single glyph in an element named by aria-label that does not contain it (an "X" button named
  // "Close") is used as an icon: it expresses nothing in a human language of its own.
  function iconGlyph(text, parent) {
    const glyphs = [...text.data.trim()];
    if (glyphs.length !== 1) return false;
    for (const el of [parent, ...flatAncestors(parent)]) {
      const label = (el.getAttribute && el.getAttribute('aria-label') || '').trim();
      if (label) return !label.toLowerCase().includes(glyphs[0].toLowerCase());
      if (el.getAttribute && el.getAttribute('aria-labelledby')) return true;
    }
    return false;
  }

  function isLargeText(style) {
    const size = parseFloat(style.fontSize);
    const weight = parseInt(style.fontWeight, 10) || 400;
    return size >= 24 || (size >= 18.66 && weight >= 700);
  }

  // Elements whose text the contrast rules skip: disabled widgets and groups, and the labels of disabled widgets.
  function disabledSubtrees() {
    const roots = new Set();
    const widgetRoles = /^(button|checkbox|combobox|gridcell|link|listbox|menuitem|menuitemcheckbox|menuitemradio|option|radio|scrollbar|searchbox|slider|spinbutton|switch|tab|textbox|treeitem|group|radiogroup|menu|menubar|tablist|tree|treegrid|grid|toolbar|row)$/;
    for (const el of allElements()) {
      if (!isHtml(el)) continue;
      const native = el.matches(':disabled');
      const role = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
      const aria = el.getAttribute('aria-disabled') === 'true' &&
        (widgetRoles.test(role) || /^(button|input|select|textarea|fieldset|option|optgroup|a|summary|details)$/.test(el.localName));
      if (!native && !aria) continue;
      roots.add(el);
      if (el.labels) for (const label of el.labels) roots.add(label);
      for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
        const label = el.getRootNode().getElementById ? el.getRootNode().getElementById(id) : document.getElementById(id);
        if (label) roots.add(label);
      }
    }
    return roots;
  }

  function textNodes() {
    const result = [];
    const visit = root => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 3) result.push(n);
        else if (n.shadowRoot) visit(n.shadowRoot);
      }
    };
    if (document.documentElement) visit(document.documentElement);
    return result;
  }

  function contrastTargets(thresholds) {
    const disabled = disabledSubtrees();
    const byElement = new Map();
    const scroll = [scrollX, scrollY];
    try {
      for (const text of textNodes()) {
        const parent = flatParent(text);
        if (!isHtml(parent)) continue;
        if ([parent, ...flatAncestors(parent)].some(a => disabled.has(a))) continue;
        const rects = visibleTextRects(text);
        if (!rects.length) continue;
        const style = getComputedStyle(parent);
        const fill = style.webkitTextFillColor && style.webkitTextFillColor !== style.color ? style.webkitTextFillColor : style.color;
        const fg = withAlpha(parseColour(fill), opacityOf(parent));
        if (fg.a === 0) continue; // transparent text is not visible
        const halo = haloShadows(style);
        const large = isLargeText(style);
        let best = 0, worstBg = null, cantTell = null, anyVisible = false;
        for (const rect of rects.slice(0, 6)) {
          const bgs = backgroundsAt(parent, rect);
          if (bgs.cantTell) { cantTell = bgs.cantTell; anyVisible = true; continue; }
          for (const behind of bgs.colours) {
            const bg = halo.reduce((under, shadow) => blend(shadow, under), behind);
            const ratio = contrast(blend(fg, bg), bg);
            if (ratio > 1.0001) anyVisible = true;
            if (ratio > best) { best = ratio; worstBg = bg; }
          }
        }
        if (!anyVisible) continue; // same colour as its background: not visible
        const human = /[\p{L}\p{N}]/u.test(text.data) && !iconGlyph(text, parent);
        let entry = byElement.get(parent);
        if (!entry) { entry = { element: parent, results: {} }; byElement.set(parent, entry); }
        for (const [rule, normal, bigger] of thresholds) {
          const need = large ? bigger : normal;
          let outcome, message;
          if (!human) { outcome = 'passed'; message = 'the text expresses nothing in a human language'; }
          else if (best >= need) { outcome = 'passed'; message = `highest contrast ${best.toFixed(2)}:1 (at least ${need}:1)`; }
          else if (cantTell) { outcome = 'cantTell'; message = cantTell + `; from colours alone the highest contrast is ${best.toFixed(2)}:1`; }
          else { outcome = 'failed'; message = `text colour ${hex(blend(fg, worstBg || { r: 255, g: 255, b: 255, a: 1 }))} on background ${hex(worstBg || { r: 255, g: 255, b: 255, a: 1 })}: highest possible contrast ${best.toFixed(2)}:1, below ${need}:1 for ${large ? 'large' : 'normal-size'} text (${style.fontSize}, weight ${style.fontWeight})`; }
          const order = { failed: 3, cantTell: 2, passed: 1 };
          const previous = entry.results[rule];
          if (!previous || order[outcome] > order[previous.outcome]) entry.results[rule] = { outcome, message };
        }
      }
    } finally {
      scrollTo(scroll[0], scroll[1]);
    }
    const rules = {};
    for (const [rule] of thresholds) rules[rule] = [];
    for (const { element, results } of byElement.values()) {
      for (const rule in results) if (rules[rule].length < MAX_TARGETS_PER_RULE) rules[rule].push({ selector: selectorOf(element), snippet: snippet(element), ...results[rule] });
    }
    return rules;
  }

  // ---------- text spacing in style attributes (24afc2, 9e45ec, 78fd32) ----------
  function importantInStyleAttribute(el, property) {
    if (!el.hasAttribute('style')) return null;
    const value = el.style.getPropertyValue(property).trim();
    if (!value || el.style.getPropertyPriority(property) !== 'important') return null;
    // inherit / unset (and revert) give the parent's computed value, which is not important.
    if (/^(inherit|unset|revert|revert-layer)$/i.test(value)) return null;
    return value;
  }
  function lineRows(text) {
    const range = document.createRange();
    range.selectNodeContents(text);
    const tops = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0).map(r => Math.round(r.top));
    return [...new Set(tops)].sort((a, b) => a - b);
  }
  function spacingTargets() {
    const rules = { '24afc2': [], '9e45ec': [], '78fd32': [] };
    for (const el of allElements()) {
      if (!isHtml(el) || !el.hasAttribute('style')) continue;
      const letter = importantInStyleAttribute(el, 'letter-spacing');
      const word = importantInStyleAttribute(el, 'word-spacing');
      const line = importantInStyleAttribute(el, 'line-height');
      if (!letter && !word && !line) continue;
      const texts = visibleTextChildren(el);
      if (!texts.length) continue;
      const style = getComputedStyle(el);
      const fontSize = parseFloat(style.fontSize);
      const px = v => (v === 'normal' ? 0 : parseFloat(v));
      const base = { selector: selectorOf(el), snippet: snippet(el) };
      if (letter) {
        const value = px(style.letterSpacing);
        const ok = value >= 0.12 * fontSize - 0.01;
        rules['24afc2'].push({ ...base, outcome: ok ? 'passed' : 'failed', message: `letter-spacing: ${letter} !important in the style attribute is ${value.toFixed(2)}px, ${ok ? 'at least' : 'less than'} 0.12 × the font size (${(0.12 * fontSize).toFixed(2)}px); users cannot override it` });
      }
      if (word) {
        const value = px(style.wordSpacing);
        const ok = value >= 0.16 * fontSize - 0.01;
        rules['9e45ec'].push({ ...base, outcome: ok ? 'passed' : 'failed', message: `word-spacing: ${word} !important in the style attribute is ${value.toFixed(2)}px, ${ok ? 'at least' : 'less than'} 0.16 × the font size (${(0.16 * fontSize).toFixed(2)}px); users cannot override it` });
      }
      if (line) {
        const wrapped = texts.map(lineRows).filter(rows => rows.length > 1);
        if (!wrapped.length) continue; // no soft wrap break: inapplicable
        let used = parseFloat(style.lineHeight);
        if (style.lineHeight === 'normal' || Number.isNaN(used)) {
          const rows = wrapped[0];
          used = rows[1] - rows[0];
        }
        const ok = used >= 1.5 * fontSize - 0.01;
        rules['78fd32'].push({ ...base, outcome: ok ? 'passed' : 'failed', message: `line-height: ${line} !important in the style attribute is ${used.toFixed(2)}px, ${ok ? 'at least' : 'less than'} 1.5 × the font size (${(1.5 * fontSize).toFixed(2)}px); users cannot override it` });
      }
    }
    return rules;
  }

  // ---------- sequential focus navigation ----------
  function inert(el) { return !!el.closest('[inert]') || flatAncestors(el).some(a => a.hasAttribute && a.hasAttribute('inert')); }
  function tabbable(el) {
    if (!isHtml(el) || inert(el)) return false;
    const attr = el.getAttribute('tabindex');
    let natively = false;
    switch (el.localName) {
      case 'a': case 'area': natively = el.hasAttribute('href'); break;
      case 'button': case 'select': case 'textarea': natively = !el.disabled; break;
      case 'input': natively = !el.disabled && el.type !== 'hidden'; break;
      case 'iframe': natively = true; break;
      case 'summary': natively = !!el.parentElement && el.parentElement.localName === 'details' && el.parentElement.querySelector(':scope > summary') === el; break;
      case 'audio': case 'video': natively = el.hasAttribute('controls'); break;
    }
    if (!natively && el.isContentEditable && (!el.parentElement || !el.parentElement.isContentEditable)) natively = true;
    if (attr !== null && /^\s*-?\d+/.test(attr)) {
      if (parseInt(attr, 10) < 0) return false;
      if (el.matches(':disabled')) return false;
      return rendered(el);
    }
    return natively && rendered(el) && el.getClientRects().length > 0;
  }
  function focusOrder() {
    const all = allElements().filter(tabbable);
    const positive = all.filter(el => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
    return [...positive, ...all.filter(el => el.tabIndex <= 0)];
  }

  // ---------- 0ssw9k: scrollable content reachable by keyboard ----------
  // Whether an element paints anything (text, an image, a background, a border, a shadow), itself or
  // through what it contains: an empty box draws no pixel and is not visible.
  const PAINTED = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'object', 'embed', 'input', 'select', 'textarea', 'button', 'meter', 'progress', 'hr']);
  function paintsItself(el) {
    if (!rendered(el) || ![...el.getClientRects()].some(r => r.width > 0 && r.height > 0)) return false;
    if (PAINTED.has(el.localName)) return true;
    const s = getComputedStyle(el);
    if (parseColour(s.backgroundColor).a > 0 || (s.backgroundImage && s.backgroundImage !== 'none')) return true;
    if (s.boxShadow && s.boxShadow !== 'none') return true;
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      if (parseFloat(s['border' + side + 'Width']) > 0 && s['border' + side + 'Style'] !== 'none' && parseColour(s['border' + side + 'Color']).a > 0) return true;
    }
    return false;
  }
  function paints(el) {
    let budget = 500;
    const stack = [el];
    while (stack.length && budget-- > 0) {
      const e = stack.pop();
      if (paintsItself(e)) return true;
      if (!rendered(e) && getComputedStyle(e).display === 'none') continue;
      for (const c of [...e.childNodes, ...(e.shadowRoot ? e.shadowRoot.childNodes : [])]) {
        if (c.nodeType === 3 && visibleTextRects(c).length > 0) return true;
        if (c.nodeType === 1) stack.push(c);
      }
    }
    return budget <= 0; // too large to tell: assume it paints
  }

  function scrollTargets() {
    const targets = [];
    const root = document.documentElement, body = document.body;
    for (const el of allElements()) {
      if (!isHtml(el) || el === root || el === body || el === document.scrollingElement) continue;
      const s = getComputedStyle(el);
      const scrollsX = /^(auto|scroll|overlay)$/.test(s.overflowX), scrollsY = /^(auto|scroll|overlay)$/.test(s.overflowY);
      if (!scrollsX && !scrollsY) continue;
      const dx = el.scrollWidth - el.clientWidth, dy = el.scrollHeight - el.clientHeight;
      const horizontal = scrollsX && dx > Math.min(parseFloat(s.paddingLeft), parseFloat(s.paddingRight));
      const vertical = scrollsY && dy > Math.min(parseFloat(s.paddingTop), parseFloat(s.paddingBottom));
      if (!horizontal && !vertical) continue;
      if (!rendered(el)) continue;
      const children = [...el.childNodes, ...(el.shadowRoot ? el.shadowRoot.childNodes : [])];
      const visibleChild = children.some(c => c.nodeType === 3 ? visibleTextRects(c).length > 0 : c.nodeType === 1 && paints(c));
      if (!visibleChild) continue;
      const reachable = tabbable(el) || [...elementsIn(el)].some(d => d !== el && tabbable(d)) || inert(el);
      targets.push({
        selector: selectorOf(el), snippet: snippet(el), outcome: reachable ? 'passed' : 'failed',
        message: reachable ? 'the scrollable element or something in it takes keyboard focus'
          : `this element scrolls (${Math.max(dx, 0)}px across, ${Math.max(dy, 0)}px down) but neither it nor anything in it is in the Tab order, so a keyboard user cannot scroll it: add tabindex="0" (with a role and a name) or a focusable element inside`,
      });
    }
    return targets;
  }

  // ---------- b33eff: orientation locked by CSS transforms ----------
  let orientationElements = [];
  function collectOrientationRules() {
    const selectors = [];
    const visit = (rules, inOrientation) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          visit(rule.cssRules, inOrientation || /orientation\s*:\s*(portrait|landscape)/i.test(rule.conditionText || rule.media.mediaText));
        } else if (rule instanceof CSSImportRule) {
          if (rule.styleSheet) {
            const own = /orientation\s*:\s*(portrait|landscape)/i.test(rule.media.mediaText);
            try { visit(rule.styleSheet.cssRules, inOrientation || own); } catch { /* cross-origin */ }
          }
        } else if (rule instanceof CSSStyleRule) {
          if (inOrientation) {
            const transform = rule.style.getPropertyValue('transform');
            const rotate = rule.style.getPropertyValue('rotate');
            if (/\b(rotate|rotateZ|rotate3d|matrix|matrix3d)\s*\(/i.test(transform) || (rotate && rotate !== 'none')) selectors.push(rule.selectorText);
          }
          if (rule.cssRules && rule.cssRules.length) visit(rule.cssRules, inOrientation);
        } else if (rule.cssRules) {
          visit(rule.cssRules, inOrientation);
        }
      }
    };
    const sheets = [...document.styleSheets];
    for (const el of allElements()) if (el.shadowRoot) sheets.push(...el.shadowRoot.styleSheets, ...(el.shadowRoot.adoptedStyleSheets || []));
    sheets.push(...(document.adoptedStyleSheets || []));
    for (const sheet of sheets) { try { visit(sheet.cssRules, false); } catch { /* cross-origin sheet */ } }
    const found = new Set();
    for (const selector of selectors) {
      for (const el of allElements()) { try { if (el.matches(selector)) found.add(el); } catch { /* selector not matchable here */ } }
    }
    orientationElements = [...found].filter(isHtml);
    return orientationElements.length;
  }
  function rotationOf(el) {
    const s = getComputedStyle(el);
    let angle = 0;
    const t = s.transform;
    let m;
    if ((m = /^matrix\(([^)]*)\)/.exec(t))) { const v = m[1].split(',').map(parseFloat); angle += Math.atan2(v[1], v[0]) * 180 / Math.PI; }
    else if ((m = /^matrix3d\(([^)]*)\)/.exec(t))) { const v = m[1].split(',').map(parseFloat); angle += Math.atan2(v[1], v[0]) * 180 / Math.PI; }
    const r = s.rotate;
    if (r && r !== 'none') {
      const parts = r.trim().split(/\s+/);
      const deg = parts[parts.length - 1];
      const value = /rad$/.test(deg) ? parseFloat(deg) * 180 / Math.PI : /turn$/.test(deg) ? parseFloat(deg) * 360 : /grad$/.test(deg) ? parseFloat(deg) * 0.9 : parseFloat(deg);
      const axis = parts.length === 1 ? 'z' : parts.length === 2 ? parts[0] : null;
      if (axis === 'z') angle += value;
      else if (parts.length === 4 && parseFloat(parts[0]) === 0 && parseFloat(parts[1]) === 0) angle += value * Math.sign(parseFloat(parts[2]) || 1);
    }
    return angle;
  }
  function measureOrientation() {
    return orientationElements.map(el => ({
      selector: selectorOf(el), snippet: snippet(el), angle: rotationOf(el),
      visible: rendered(el) && [...el.getClientRects()].some(r => r.width > 0 && r.height > 0),
    }));
  }

  // ---------- oj04fd helpers: the focus order, and focusing one of it ----------
  let focusList = [];
  let focusScroll = [0, 0];
  function prepareFocus() {
    focusList = focusOrder();
    focusScroll = [scrollX, scrollY];
    return focusList.map(el => ({ selector: selectorOf(el), snippet: snippet(el) }));
  }
  // Scrolls the element into view (without focusing it) and returns its box in the viewport.
  function showFocusTarget(index) {
    const el = focusList[index];
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height, viewportWidth: innerWidth, viewportHeight: innerHeight };
  }
  function restoreScroll() { scrollTo(focusScroll[0], focusScroll[1]); }
  function focusAt(index) {
    const active = document.activeElement;
    if (active && active !== document.body && active.blur) active.blur();
    if (index < 0) return true;
    const el = focusList[index];
    el.focus({ preventScroll: true, focusVisible: true });
    let deepActive = document.activeElement;
    while (deepActive && deepActive.shadowRoot && deepActive.shadowRoot.activeElement) deepActive = deepActive.shadowRoot.activeElement;
    return deepActive === el || el.contains(deepActive) || document.activeElement === el;
  }

  // ---------- the live DOM, open shadow roots included ----------
  function serialize() {
    const doc = document;
    if (!(doc instanceof HTMLDocument) && doc.contentType && !/html/.test(doc.contentType)) {
      return { html: new XMLSerializer().serializeToString(doc), xml: true };
    }
    const shadowRoots = [];
    let modal = null;
    for (const el of allElements()) {
      if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
      if (el.localName === 'dialog' && isModal(el)) modal = el;
    }
    const root = doc.documentElement;
    const inner = root.getHTML ? root.getHTML({ serializableShadowRoots: true, shadowRoots }) : root.innerHTML;
    const attrs = [...root.attributes].map(a => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
    return { html: `${doctype}<${root.localName}${attrs}>${inner}</${root.localName}>`, xml: false, modalPath: modal ? elementPath(modal) : null };
  }

  // A dialog shown with showModal(): the rest of the page is inert while it is open. HTML cannot say
  // so (the open attribute is the same for a dialog shown with show()), so serialize() tells where it is.
  function isModal(el) {
    try { return el.matches(':modal'); } catch { return false; }
  }

  // The element's place from the root element: each step an index among the element children, -1 to
  // enter the shadow root of the element reached so far (the way the serialisation nests shadow roots).
  function elementPath(el) {
    const steps = [];
    for (let e = el; e !== document.documentElement;) {
      const parent = e.parentNode;
      if (!parent) return null;
      steps.push([...parent.children].indexOf(e));
      if (parent instanceof ShadowRoot) { steps.push(-1); e = parent.host; } else e = parent;
    }
    return steps.reverse();
  }

  window.__a11yBrowserRules = {
    serialize,
    async evaluate() {
      await loadBackgroundImages();
      const contrast = contrastTargets([['afw4f7', 4.5, 3], ['09o5cg', 7, 4.5]]);
      const spacing = spacingTargets();
      return { ...contrast, ...spacing, '0ssw9k': scrollTargets() };
    },
    collectOrientationRules,
    measureOrientation,
    prepareFocus,
    showFocusTarget,
    focusAt,
    restoreScroll,
  };
})();
