#!/usr/bin/env bash
# Usage: run-contract.sh FAKE_XERO_BINARY SPEC_DIR WORK_DIR
# Installs the pinned validator packages into WORK_DIR (once), then runs contract.mjs. Fails loudly when
# node, npm, the packages or the specs are missing: a contract test that silently skips proves nothing.
set -euo pipefail
fake=$1
spec_dir=$2
work=$3
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "contract test: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (Debian: apt-get install nodejs npm; see .ci/install-deps)"
command -v npm >/dev/null || fail "npm is not installed (Debian: apt-get install npm)"
[ -x "$fake" ] || fail "fake-xero binary not found at $fake (build the fake-xero target)"
[ -f "$spec_dir/xero_accounting.yaml" ] || fail "Xero's OpenAPI description not found in $spec_dir"

# Pinned so the judge does not change under us.
packages=(ajv@8.17.1 js-yaml@4.1.0)
stamp="$work/.installed-${packages[*]// /_}"
if [ ! -f "$stamp" ]; then
    mkdir -p "$work"
    export npm_config_cache="$work/.npm-cache"
    echo '{"name":"billhook-contract","private":true}' > "$work/package.json"
    if ! npm install --prefix "$work" --no-audit --no-fund --loglevel=error "${packages[@]}" >&2; then
        fail "npm could not install ${packages[*]} (is the npm registry reachable?)"
    fi
    touch "$stamp"
fi

NODE_PATH="$work/node_modules" exec node "$here/contract.cjs" "$fake" "$spec_dir"
