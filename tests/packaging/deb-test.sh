#!/usr/bin/env bash
# Builds the .deb with CPack from a configured and built tree, checks its control fields and file list,
# installs it into a scratch dpkg root (a container-less install: nothing on this machine changes), runs
# billhook-cli --version and billhook --version from the installed path, removes the package again, and asks apt whether
# `apt install ./billhook_*.deb` could resolve its dependencies here.
#
#   deb-test.sh BUILD_DIR VERSION [RUNNER...]
#
# RUNNER (tests/support/isolated-run.sh) gives the installed program a private HOME. Exit 0: pass.
set -uo pipefail

build=$1
version=$2
shift 2
runner=("$@")

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
check() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg file ldd timeout; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (bash .ci/install-deps)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/billhook-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. Build the package from an up-to-date tree (a no-op after .ci/test's build).
cmake --build "$build" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; fail "the build failed"; }
(cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work/out"/billhook_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || { ls -la "$work/out"; fail "expected one billhook_${version}_<arch>.deb"; }
deb=${debs[0]}
check "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Control fields.
info=$(dpkg-deb --field "$deb") || fail "dpkg-deb cannot read $deb"
echo "$info"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = billhook ] || fail "Package is not billhook"
[ "$(field Version)" = "$version" ] || fail "Version is not $version"
[ "$(field Section)" = office ] || fail "Section is not office"
[ "$(field Maintainer)" = "Billhook <maintainers@billhook.app>" ] || fail "wrong Maintainer"
depends=$(field Depends)
# Declared by hand (plugins and QtKeychain), and found by dpkg-shlibdeps (the Qt libraries).
depnames=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6keychain1 libqt6core6 libqt6sql6 libc6 libstdc++6; do
    grep -qxF "$dep" <<<"$depnames" || fail "Depends lacks $dep: $depends"
done
grep -q 'gnome-keyring' <<<"$(field Recommends)" || fail "Recommends lacks a Secret Service provider"
check "control fields and Depends"

# 3. Files land where the desktop looks for them, and nowhere else.
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expect=(
    /usr/bin/billhook-cli
    /usr/bin/fake-xero
    /usr/share/applications/app.billhook.Billhook.desktop
    /usr/share/metainfo/app.billhook.Billhook.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/app.billhook.Billhook.svg
)
for size in 16 22 24 32 48 64 128 256 512; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/app.billhook.Billhook.png")
done
for f in "${expect[@]}"; do
    grep -qx "$f" "$work/files" || { cat "$work/files"; fail "package lacks $f"; }
done
if grep -v -E '^/usr(/|$)|^/$' "$work/files"; then
    fail "package installs files outside /usr (above)"
fi
check "file list"

# 4. Install into a scratch dpkg root, run the program from there, remove it again.
root=$work/root
if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status"
    # --force-depends: the scratch root has no Qt; the host's libraries serve the test run below.
    dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log"; fail "dpkg --root -i failed"; }
    dpkg --root="$root" --status billhook | grep -q '^Status: install ok installed' || fail "dpkg does not list billhook"
    check "dpkg installed the package into $root"
else
    dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
    check "unpacked the package into $root (not root: no dpkg database install)"
fi

cli=$root/usr/bin/billhook-cli
[ -x "$cli" ] || fail "$cli is not executable"
file "$cli" | grep -q ', stripped' || echo "note: $cli is not stripped"
if ldd "$cli" | grep 'not found'; then
    fail "billhook-cli needs libraries that are not installed (above)"
fi
out=$("${runner[@]}" "$cli" --version 2>&1)
status=$?
echo "$ $cli --version"
echo "$out"
[ $status -eq 0 ] || fail "billhook-cli --version exited $status"
grep -q -- "$version" <<<"$out" || fail "billhook-cli --version does not print $version"
check "installed billhook-cli --version prints $version"

# The demo organisation ("Try with a demo organisation", billhook --demo) runs the installed fake-xero;
# with --lifeline and no input it prints where it listens, then quits as its input is closed.
fake=$root/usr/bin/fake-xero
[ -x "$fake" ] || fail "$fake is not executable"
out=$(timeout 60 "${runner[@]}" "$fake" --demo --port 0 --lifeline </dev/null 2>&1)
status=$?
echo "$ $fake --demo --port 0 --lifeline </dev/null"
echo "$out"
[ $status -eq 0 ] || fail "fake-xero --lifeline exited $status (124: it did not quit when its input closed)"
grep -q 'fake-xero listening on http://127.0.0.1:' <<<"$out" || fail "fake-xero did not say where it listens"
check "installed fake-xero serves the demo and quits when its input closes"

gui=$root/usr/bin/billhook
if [ -e "$gui" ]; then
    if ldd "$gui" | grep 'not found'; then
        fail "billhook needs libraries that are not installed (above)"
    fi
    check "installed billhook finds all its libraries"
    # The runner sets QT_QPA_PLATFORM=offscreen; timeout guards against a GUI that ignores --version.
    out=$(timeout 60 "${runner[@]}" "$gui" --version 2>&1)
    status=$?
    echo "$ $gui --version"
    echo "$out"
    [ $status -eq 0 ] || fail "billhook --version exited $status"
    grep -q -- "$version" <<<"$out" || fail "billhook --version does not print $version"
    check "installed billhook --version prints $version"
else
    echo "note: the package has no usr/bin/billhook (GUI not built)"
fi

if [ "$(id -u)" -eq 0 ]; then
    # A user's data (and its pre-migration backup) must survive an upgrade and a purge.
    data=$root/home/tradie/.local/share/Billhook/Billhook
    mkdir -p "$data"
    echo "books" >"$data/billhook.sqlite"
    echo "older books" >"$data/billhook.sqlite.v1-20260101T000000.bak"
    dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log"; fail "installing over the installed package failed"; }
    dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless --purge billhook >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log"; fail "dpkg --purge failed"; }
    [ ! -e "$cli" ] || fail "purge left $cli behind"
    [ ! -e "$root/usr/share/applications/app.billhook.Billhook.desktop" ] || fail "purge left the desktop file"
    [ "$(cat "$data/billhook.sqlite")" = books ] && [ -f "$data/billhook.sqlite.v1-20260101T000000.bak" ] ||
        fail "upgrade or purge touched the user's data"
    check "reinstall and dpkg --purge removed the package's files and kept the user's data"
fi

# 5. Would `apt install ./billhook_*.deb` resolve the dependencies on this machine? (Simulation only.)
if command -v apt-get >/dev/null; then
    if ! apt-get --simulate -o Debug::NoLocking=1 -o APT::Get::List-Cleanup=0 install "$deb" >"$work/apt.log" 2>&1; then
        cat "$work/apt.log"
        fail "apt-get --simulate install $(basename "$deb") cannot resolve the dependencies"
    fi
    grep -E '^(Inst|Conf) ' "$work/apt.log" || true
    check "apt-get --simulate install resolves the dependencies"
fi

echo "PASS: $(basename "$deb")"
