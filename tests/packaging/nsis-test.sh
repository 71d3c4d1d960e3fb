#!/usr/bin/env bash
# Generates the Windows installer with CPack's NSIS generator and makensis (Debian's nsis package) and checks
# the NSIS script CPack wrote: icon, Start-menu shortcut, finish-page launch, a registry key that is not the
# one QSettings uses, and an uninstaller that deletes nothing outside the install folder. The binaries in it
# are this platform's, so the installer itself is not usable; the point is the installer's configuration.
#
#   nsis-test.sh BUILD_DIR
set -uo pipefail
build=$1

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/billhook-nsis.XXXXXX")
trap 'rm -rf "$work"' EXIT

cmake --build "$build" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; fail "the build failed"; }
(cd "$build" && cpack -G NSIS --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G NSIS failed"; }
nsi=$(find "$work/out/_CPack_Packages" -name project.nsi | head -1)
[ -f "$nsi" ] || fail "CPack wrote no project.nsi"
ls "$work/out"/Billhook-*.exe >/dev/null 2>&1 || fail "no installer was made"

expect() {
    grep -qF -- "$1" "$nsi" || fail "project.nsi lacks: $1"
    echo "ok: $1"
}
expect '!define MUI_ICON "'
expect 'resources/icons/billhook.ico"'
expect '!define MUI_UNICON "'
expect 'InstallDir "$PROGRAMFILES64\Billhook"'
expect 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Billhook.lnk" "$INSTDIR\bin\billhook.exe"'
expect '!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\billhook.exe"'
expect 'WriteUninstaller "$INSTDIR\Uninstall.exe"'
expect 'CurrentVersion\Uninstall\app.billhook.Billhook"'

# Software\Billhook\Billhook is QSettings' key for the app's settings on Windows; the uninstaller deletes the
# installer's own key, so the two must differ.
if grep -nF 'Software\Billhook\Billhook"' "$nsi"; then
    fail "the installer uses QSettings' registry key Software\\Billhook\\Billhook (above)"
fi
# The uninstaller may only remove what is in the install folder and the Start menu: never user data.
if grep -niE '(RMDir|Delete)[^"]*"\$(APPDATA|LOCALAPPDATA|PROFILE|DOCUMENTS)' "$nsi"; then
    fail "the uninstaller deletes files outside the install folder (above)"
fi
echo "PASS: $(basename "$(ls "$work/out"/Billhook-*.exe)")"
