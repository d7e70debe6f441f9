/*
 * A11yArticles skip-link focus (the GOV.UK Frontend pattern).
 * Following an in-page link moves the reading position to its target, but browsers do not all move
 * keyboard focus to an element that is not focusable. So when a skip link is activated, its target
 * gets a temporary tabindex="-1" and focus; the tabindex is removed again when focus leaves, so the
 * target never becomes a Tab stop. When the target's first content is a heading (a main that starts
 * with the article's headline), focus lands on that heading instead, so that a screen reader speaks
 * the headline at once rather than "main content" (landingOf). Without this script the link still
 * moves the reading position.
 * In a host with <base href="/">, the links carry the page's path (SkipLink.PagePath) and
 * data-enhance-nav="false", so that even without this script they stay on the page.
 *
 * Hosts that re-render (Blazor's interactive render modes discard the prerendered DOM when their
 * runtime starts; enhanced navigation patches pages) can remove the skip link or its target while it
 * has focus, and focus then falls to <body>: the reader's next Tab starts from the top again. So the
 * script remembers a skip link the reader focused, a target it focused and any other focused element
 * with an id (the headline FocusOnNavigate focused), and when that element is detached (or the
 * element inside the target that the reader tabbed to is) and focus is on <body>, it focuses the
 * element that replaced it: the skip link with the same href, the element with the same id (with
 * the same temporary tabindex when it is not focusable by itself). It forgets as soon as focus goes
 * anywhere else, so it never takes focus back from where the reader (or the host) moved it.
 *
 * A page that puts focus on an element at load (Blazor's FocusOnNavigate focuses the h1) would make
 * the reader's first Tab skip past the skip link; so until the reader presses a key or the pointer,
 * a Tab from such a programmatic focus target (tabindex="-1") goes to the first skip link before it.
 */
(function () {
    'use strict';

    function targetOf(link) {
        var href = link.getAttribute('href') || '';
        var hash = href.indexOf('#');
        if (hash < 0) {
            return null;
        }
        var id = decodeURIComponent(href.slice(hash + 1));
        return id ? document.getElementById(id) : null;
    }

    // Where focus lands for a skip target: the target itself, or, when the target is a container
    // (a main, an article) whose first content is a heading, that heading. A screen reader speaks
    // the focused element: focusing a main makes Orca say only "main content" (and "clickable"), so
    // the reader would press another key to learn where they are; focusing its headline makes it
    // say the headline. Focus is still inside the target, and the next Tab goes on from the same
    // place (the heading is the target's first content). A target with text before its first
    // heading keeps focus itself, so that nothing is skipped.
    function landingOf(target) {
        if (/^H[1-6]$/.test(target.tagName) || target.getAttribute('role') === 'heading') {
            return target;
        }
        var heading = target.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
        if (!heading || !document.createRange) {
            return target;
        }
        var before = document.createRange();
        before.setStart(target, 0);
        before.setEndBefore(heading);
        return before.toString().trim() === '' ? heading : target;
    }

    function focusTarget(target) {
        target = landingOf(target);
        if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
            target.classList.add('a11y-skip-target--focused');
            target.addEventListener('blur', function removeTabindex() {
                target.removeAttribute('tabindex');
                target.classList.remove('a11y-skip-target--focused');
                target.removeEventListener('blur', removeTabindex);
            });
        }
        target.focus();
        return target;
    }

    function skipLinkOf(element) {
        return element && element.closest ? element.closest('a[data-a11y-skip-link]') : null;
    }

    function skipLinkWithHref(href) {
        var links = document.querySelectorAll('a[data-a11y-skip-link]');
        for (var i = 0; i < links.length; i++) {
            if (links[i].getAttribute('href') === href) {
                return links[i];
            }
        }
        return null;
    }

    // What has focus: a skip link ('link'), a skip target ('target', with the element inside it that
    // has focus once the reader tabbed on), or any other element with an id ('element', such as the
    // headline that FocusOnNavigate focused); and how to find the element's replacement.
    var remembered = null;
    var observer = window.MutationObserver ? new MutationObserver(restoreFocus) : null;

    // For a skip target, element is where focus landed (the target or its headline) and findScope
    // finds the target itself, inside which the reader's place is kept.
    function remember(element, findReplacement, kind, findScope) {
        remembered = { element: element, findReplacement: findReplacement, kind: kind, inner: null, findScope: findScope || null };
        if (observer) {
            observer.disconnect();
            observer.observe(document.documentElement, { childList: true, subtree: true });
        }
    }

    function forget() {
        remembered = null;
        if (observer) {
            observer.disconnect();
        }
    }

    function focusIsLost() {
        var active = document.activeElement;
        return !active || active === document.body || active === document.documentElement;
    }

    // After a DOM change: the remembered element (or the element inside the target that had focus)
    // was removed by a re-render and focus fell to <body>. Focus the element that replaced it.
    function restoreFocus() {
        if (!remembered) {
            return;
        }
        var elementLost = !remembered.element.isConnected;
        if (!elementLost && !(remembered.inner && !remembered.inner.isConnected)) {
            return;
        }
        if (!focusIsLost()) {
            forget();
            return;
        }
        var replacement = elementLost ? remembered.findReplacement() : remembered.element;
        if (!replacement) {
            return; // not (yet) back: the host may add it in a later render
        }
        var current = remembered;
        current.element = replacement; // before focus(), so that focusin keeps it
        current.inner = null;
        if (current.kind === 'link' || replacement.tabIndex >= 0 || replacement.hasAttribute('tabindex')) {
            replacement.focus();
        } else {
            focusTarget(replacement); // not focusable by itself (a main, a headline): a temporary tabindex
        }
        remember(replacement, current.findReplacement, current.kind, current.findScope);
    }

    document.addEventListener('focusin', function (event) {
        var link = skipLinkOf(event.target);
        if (link === event.target) {
            var href = link.getAttribute('href');
            remember(link, function () { return skipLinkWithHref(href); }, 'link');
        } else if (remembered && event.target === remembered.element) {
            remembered.inner = null;
        } else if (remembered && event.target === remembered.inner) {
            return;
        } else if (remembered && remembered.kind === 'target' && scopeOf(remembered).contains(event.target) && readerMoved) {
            remembered.inner = event.target; // the reader tabbed on inside the target
        } else if (remembered && remembered.kind !== 'element' && !readerMoved && remembered.element.isConnected && isInsideSkipTarget(event.target)) {
            keepReadersPlace(remembered);
        } else if (event.target.id && event.target !== document.body) {
            var id = event.target.id; // the reader (or the host) moved focus elsewhere
            remember(event.target, function () { return document.getElementById(id); }, 'element');
        } else {
            forget();
        }
    });

    function scopeOf(current) {
        return (current.findScope && current.findScope()) || current.element;
    }

    function isInsideSkipTarget(element) {
        var target = remembered.kind === 'target' ? scopeOf(remembered) : targetOf(remembered.element);
        return !!target && target !== element && target.contains(element);
    }

    // The host moved focus on its own, without a key or the pointer (Blazor's FocusOnNavigate focuses
    // the h1 when the interactive router starts), into the part of the page the reader is skipping to
    // or has skipped to: put focus back where the reader had it, so their next Enter or Tab goes on
    // from there. A move anywhere else (a dialog) is the host's to make, and is forgotten.
    function keepReadersPlace(current) {
        Promise.resolve().then(function () {
            if (remembered !== current || !current.element.isConnected) {
                return;
            }
            var place = current.inner && current.inner.isConnected ? current.inner : current.element;
            if (place === current.element && current.kind === 'target') {
                focusTarget(place);
            } else {
                place.focus();
            }
        });
    }

    // Whether the focus change being handled comes from the reader: a key or the pointer in this task.
    var readerMoved = false;
    function readerInput() {
        readerMoved = true;
        setTimeout(function () { readerMoved = false; }, 0);
    }
    // No mousedown, mouseup or click listener on the document or the window: Chromium would expose
    // every focusable element of the page as "clickable" (a click ancestor), and Orca says so, after
    // the headline the skip link focused too. pointerdown covers the mouse.
    document.addEventListener('keydown', readerInput, true);
    document.addEventListener('pointerdown', readerInput, true);
    document.addEventListener('touchstart', readerInput, true);

    document.addEventListener('focusout', function (event) {
        // Focus left for nothing (a click on text) from an element still in the page: forget it.
        // Chromium also fires focusout when a re-render removes the focused element, while it is
        // still connected; so decide after the removal (a microtask), when it is no longer connected.
        // A window losing focus keeps it.
        var element = event.target;
        if (!remembered || event.relatedTarget || (element !== remembered.element && element !== remembered.inner)) {
            return;
        }
        Promise.resolve().then(function () {
            if (remembered && (element === remembered.element || element === remembered.inner) &&
                element.isConnected && document.hasFocus() && focusIsLost()) {
                forget();
            }
        });
    });

    // Until the reader presses a key or the pointer, the first Tab from a focus the page set itself
    // (FocusOnNavigate's h1, tabindex="-1") goes to the first skip link before it.
    var readerActed = false;
    document.addEventListener('pointerdown', function () { readerActed = true; }, true);
    document.addEventListener('keydown', function (event) {
        if (readerActed) {
            return;
        }
        readerActed = true;
        if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
            return;
        }
        var active = document.activeElement;
        if (focusIsLost() || skipLinkOf(active) || active.getAttribute('tabindex') !== '-1') {
            return;
        }
        var first = document.querySelector('a[data-a11y-skip-link]');
        if (first && (first.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)) {
            event.preventDefault();
            first.focus();
        }
    }, true);

    // The click handler sits on each skip link itself, not on the document (a click listener on the
    // document makes Chromium expose every focusable element as "clickable"; see readerInput). Skip
    // links that arrive later (Blazor's enhanced navigation patches pages in without a new
    // DOMContentLoaded) get it when the pointer goes down on them or they receive focus, both of which
    // come before their click. On the link itself it runs before a host's router (Blazor's interactive
    // router takes over the click on any link to the same site in the document's bubble phase), which
    // respects defaultPrevented.
    function handleSkipLinks(element) {
        var link = skipLinkOf(element);
        if (link && !link.__a11yArticlesSkipLink) {
            link.__a11yArticlesSkipLink = true;
            link.addEventListener('click', onSkipLinkClick);
        }
    }

    var existing = document.querySelectorAll('a[data-a11y-skip-link]');
    for (var i = 0; i < existing.length; i++) {
        handleSkipLinks(existing[i]);
    }
    document.addEventListener('focusin', function (event) { handleSkipLinks(event.target); }, true);
    document.addEventListener('pointerdown', function (event) { handleSkipLinks(event.target); }, true);

    function onSkipLinkClick(event) {
        var link = event.currentTarget;
        var target = targetOf(link);
        if (!target || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        // Do the fragment navigation here instead of leaving it to the browser: focus the target and
        // put its id in the address without a navigation. A host's router (Blazor's enhanced
        // navigation reacts to the popstate of a fragment navigation and re-renders the page,
        // dropping focus) never sees it, and <base href> cannot send the link elsewhere.
        event.preventDefault();
        var landing = focusTarget(target);
        var id = target.id;
        remember(landing, function () {
            var replaced = document.getElementById(id);
            return replaced && landingOf(replaced);
        }, 'target', function () { return document.getElementById(id); });
        if (window.history && window.history.replaceState) {
            // An absolute path: a relative '#id' would resolve against <base href> too.
            window.history.replaceState(window.history.state, '', location.pathname + location.search + '#' + encodeURIComponent(target.id));
        }
    }
})();
