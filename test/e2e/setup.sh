#!/usr/bin/env bash
# Installs what the editor end-to-end tests need, idempotently, from Debian's packages and the npm
# registry only (code-server's own postinstall would download ripgrep from GitHub, so it is
# replayed by hand). Everything but the Debian packages goes to a cache folder outside the repo.
# Usage: test/e2e/setup.sh        env: CLAIMCHECK_E2E_HOME (cache dir), CS_VERSION
set -euo pipefail

E2E_HOME=${CLAIMCHECK_E2E_HOME:-$HOME/.cache/claimcheck-e2e}
CS_VERSION=${CS_VERSION:-4.100.3}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
log() { printf '[e2e-setup] %s\n' "$*"; }
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# 1. Debian packages: ripgrep (code-server's search), chromium (the browser), neovim (second LSP
#    client), headers and toolchain for code-server's native modules.
DEBS=(ripgrep chromium neovim libkrb5-dev libsecret-1-dev python3 make g++ pkg-config)
missing=()
for p in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present"
fi

mkdir -p "$E2E_HOME"
cd "$E2E_HOME"
[ -f package.json ] || echo '{"name":"claimcheck-e2e-cache","private":true}' > package.json

# 2. code-server (a real VS Code), with its postinstall replayed by hand.
CS_MARK="$E2E_HOME/.code-server-$CS_VERSION.ok"
if [ -f "$CS_MARK" ] && [ -x "$E2E_HOME/node_modules/.bin/code-server" ]; then
  log "code-server $CS_VERSION present"
else
  log "installing code-server $CS_VERSION into $E2E_HOME"
  npm install --save-exact "code-server@$CS_VERSION" --ignore-scripts --loglevel=error
  (
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts --loglevel=error
    # @vscode/ripgrep's postinstall downloads rg unless bin/ exists: use Debian's rg instead.
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    # Builds node-pty, spdlog, kerberos, ...; npm_config_yes lets node-pty's `npx node-gyp` run.
    npm_config_yes=true npm rebuild --foreground-scripts --loglevel=error >"$E2E_HOME/rebuild.log" 2>&1 \
      || { tail -40 "$E2E_HOME/rebuild.log"; exit 1; }
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev --loglevel=error)
  )
  npm_config_yes=true npm rebuild argon2 --foreground-scripts --loglevel=error >>"$E2E_HOME/rebuild.log" 2>&1 \
    || { tail -40 "$E2E_HOME/rebuild.log"; exit 1; }
  "$E2E_HOME/node_modules/.bin/code-server" --version >/dev/null
  touch "$CS_MARK"
fi

# 3. playwright-core drives Debian's chromium (no browser download). The project's own copy wins.
if [ -d "$ROOT/node_modules/playwright-core" ]; then
  log "playwright-core from the project"
elif [ -f "$E2E_HOME/node_modules/playwright-core/package.json" ]; then
  log "playwright-core present in $E2E_HOME"
else
  log "installing playwright-core@$PLAYWRIGHT_VERSION into $E2E_HOME"
  npm install --save-exact "playwright-core@$PLAYWRIGHT_VERSION" --loglevel=error
fi
log "code-server $("$E2E_HOME/node_modules/.bin/code-server" --version | head -1), chromium $(chromium --version 2>/dev/null | awk '{print $2}'), nvim $(nvim --version | head -1 | awk '{print $2}')"
