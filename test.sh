#!/usr/bin/env bash
# Runs every test of A11yArticles: unit, component, snapshot, CLI and browser tests.
# On a fresh Debian machine it first installs what the tests need: Chromium for the browser tests
# (Playwright's own browser download does not work everywhere; Debian's package does), Orca and
# speech-dispatcher for the screen-reader tests, and npm for the reader-view tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The same order as A11yBrowser.ResolveExecutablePath: the override, Playwright's own, the system's.
find_chromium() {
    if [ -n "${A11Y_ARTICLES_CHROMIUM:-}" ]; then
        [ -x "$A11Y_ARTICLES_CHROMIUM" ] && echo "$A11Y_ARTICLES_CHROMIUM" && return 0
        echo "A11Y_ARTICLES_CHROMIUM is set to '$A11Y_ARTICLES_CHROMIUM', which is not an executable." >&2
        return 1
    fi
    local candidate
    for candidate in "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux*/chrome \
                     /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium /usr/bin/google-chrome; do
        [ -x "$candidate" ] && echo "$candidate" && return 0
    done
    return 1
}

if ! chromium_path=$(find_chromium); then
    if [ -z "${A11Y_ARTICLES_CHROMIUM:-}" ] && command -v apt-get >/dev/null; then
        echo "No Chromium found for the browser tests; installing Debian's chromium package."
        sudo_cmd=""
        [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
        chromium_path=$(find_chromium)
    else
        echo "No Chromium found for the browser tests. Install one (Debian: apt-get install chromium)" >&2
        echo "or set A11Y_ARTICLES_CHROMIUM to a Chromium executable." >&2
        exit 1
    fi
fi
echo "Browser tests will use: $chromium_path ($("$chromium_path" --version 2>/dev/null || echo 'version unknown'))"

# The Orca tests (OrcaScreenReader) hear the seed pages with GNOME's Orca screen reader under an X
# server of their own, its speech captured as text: they need these Debian packages (about 95 MB, no
# speech engine or sound). Without them those tests fail and say how to install them.
orca_packages="orca speech-dispatcher xvfb xdotool python3-pyatspi at-spi2-core dbus"
orca_missing() {
    local program
    for program in orca speech-dispatcher Xvfb xdotool dbus-daemon dbus-send; do
        command -v "$program" >/dev/null || return 0
    done
    [ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ] || return 0
    local module
    for module in /usr/lib/speech-dispatcher-modules/sd_generic /usr/lib/*/speech-dispatcher-modules/sd_generic; do
        [ -x "$module" ] && return 1
    done
    return 0
}
if orca_missing && [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null; then
    echo "Orca or its speech capture is missing for the screen-reader tests; installing: $orca_packages"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $orca_packages >/dev/null
fi
if orca_missing; then
    echo "Orca is not installed: the Orca tests will fail and say how to install it ($orca_packages)." >&2
else
    echo "Orca tests will use: Orca $(orca --version 2>/dev/null || echo "(version unknown)")"
fi

# The reader-view tests run Mozilla's Readability (npm package @mozilla/readability) in Chromium:
# npm ci installs exactly the version package-lock.json pins. Without it those tests fail and say
# how to install it; the rest of the suite still runs.
reader_view_js=tests/A11yArticles.Components.BrowserTests/js
if ! command -v npm >/dev/null && command -v apt-get >/dev/null; then
    echo "No npm found for the reader-view tests; installing Debian's npm package."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq npm >/dev/null
fi
if (cd "$reader_view_js" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null); then
    echo "Reader-view tests will use: @mozilla/readability $(cd "$reader_view_js" && node -p "require('@mozilla/readability/package.json').version")"
else
    echo "Could not install $reader_view_js (npm ci): the reader-view tests will fail and say what is missing." >&2
fi

rm -rf TestResults
status=0
# Tests of the category SharedAct compare the checker with the W3C's ACT rule list, which lives
# beside the clone in CI (../shared, never copied here): .ci/run runs them there.
dotnet test A11yArticles.sln -c Release --filter "Category!=SharedAct" \
    --logger "console;verbosity=normal" --logger trx --results-directory TestResults || status=$?

# One closing line for the whole run, summed over every test project's TRX report.
sum_counter() {
    grep -ho "<Counters [^>]*" TestResults/*.trx | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ total += $1 } END { print total + 0 }'
}
if ls TestResults/*.trx >/dev/null 2>&1; then
    echo "Tests: $(sum_counter passed) passed, $(sum_counter failed) failed"
fi
exit $status
