/*
 * A11yArticles skip-link focus (the GOV.UK Frontend pattern).
 * Following an in-page link moves the reading position to its target, but browsers do not all move
 * keyboard focus to an element that is not focusable. So when a skip link is activated, its target
 * gets a temporary tabindex="-1" and focus; the tabindex is removed again when focus leaves, so the
 * target never becomes a Tab stop. Without this script the link still moves the reading position.
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

    function init() {
        var links = document.querySelectorAll('a[data-a11y-skip-link]');
        Array.prototype.forEach.call(links, function (link) {
            link.addEventListener('click', function () {
                var target = targetOf(link);
                if (target) {
                    focusTarget(target);
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
