#!/usr/bin/env bash
# Installs the offline real-editor test tools into e2e/node_modules from
# e2e/package-lock.json: code-server 4.100.3 (for the VS Code 1.100.3 server it
# bundles) and playwright-core. Nothing is downloaded but npm packages.
#
# code-server's install needs, on Node 20 and as root:
#   - npm_config_unsafe_perm / _yes: no refusal to run scripts as root, no prompt;
#   - npm_config_nodedir=/usr: native modules build against Debian's Node
#     headers instead of downloading them;
#   - libkrb5-dev and pkg-config (the kerberos module);
#   - a seeded ripgrep cache: @vscode/ripgrep looks for its release tarball in
#     $TMPDIR/vscode-ripgrep-cache-<version>/ before downloading it, and a
#     tarball of Debian's /usr/bin/rg serves.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rg pkg-config; do
  command -v "$tool" >/dev/null || { echo "e2e/install.sh: '$tool' is missing (Debian: apt-get install ripgrep pkg-config libkrb5-dev)" >&2; exit 1; }
done
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || {
  echo "e2e/install.sh: Kerberos headers are missing (Debian: apt-get install libkrb5-dev)" >&2; exit 1; }

tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  tar -czf "$tarball" -C "$(dirname "$(command -v rg)")" rg
fi

export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
if [ "${1:-}" = "--update-lock" ]; then
  npm install --no-audit --no-fund
else
  npm ci --no-audit --no-fund
fi
