/*
 * A11yArticles skip-link focus (the GOV.UK Frontend pattern).
 * Following an in-page link moves the reading position to its target, but browsers do not all move
 * keyboard focus to an element that is not focusable. So when a skip link is activated, its target
 * gets a temporary tabindex="-1" and focus; the tabindex is removed again when focus leaves, so the
 * target never becomes a Tab stop. Without this script the link still moves the reading position.
 * In a host with <base href="/">, the links carry the page's path (SkipLink.PagePath) and
 * data-enhance-nav="false", so that even without this script they stay on the page.
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

    function focusTarget(target) {
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
    }

    // One listener on the document (event delegation), so skip links that arrive later (Blazor's
    // enhanced navigation patches pages in without a new DOMContentLoaded) work too.
    document.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('a[data-a11y-skip-link]') : null;
        if (!link) {
            return;
        }
        var target = targetOf(link);
        if (!target || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        // Do the fragment navigation here instead of leaving it to the browser: focus the target and
        // put its id in the address without a navigation. A host's router (Blazor's enhanced
        // navigation reacts to the popstate of a fragment navigation and re-renders the page,
        // dropping focus) never sees it, and <base href> cannot send the link elsewhere.
        event.preventDefault();
        focusTarget(target);
        if (window.history && window.history.replaceState) {
            // An absolute path: a relative '#id' would resolve against <base href> too.
            window.history.replaceState(window.history.state, '', location.pathname + location.search + '#' + encodeURIComponent(target.id));
        }
    });
})();
