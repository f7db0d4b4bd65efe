#!/usr/bin/env bash
# npm run test:all — every test, on a fresh Debian machine:
#   1. the system packages the editor tests need (installed when run as root,
#      otherwise a one-line list of what is missing);
#   2. the offline e2e tools in e2e-tools/ (code-server, playwright-core);
#   3. unit + LSP tests, the real-VS-Code tests, the Neovim test, each in its
#      own process group that is ended when it finishes;
#   4. a summary with each runner's time.
set -uo pipefail
cd "$(dirname "$0")/.."

setup_names=() setup_times=()
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v nvim >/dev/null || missing+=(neovim)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    started=$SECONDS
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "test:all: apt-get could not install: ${missing[*]}" >&2; exit 1; }
    setup_names+=("Debian packages: ${missing[*]}") setup_times+=("$((SECONDS - started))")
  else
    echo "test:all: missing Debian packages: ${missing[*]} (as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

if [ ! -d e2e-tools/node_modules/code-server ] || [ e2e-tools/package-lock.json -nt e2e-tools/node_modules/.package-lock.json ]; then
  echo "Installing the e2e tools (code-server 4.100.3, playwright-core) into e2e-tools/"
  started=$SECONDS
  e2e-tools/install.sh || { echo "test:all: e2e-tools/install.sh failed" >&2; exit 1; }
  setup_names+=("e2e tools (npm ci in e2e-tools/)") setup_times+=("$((SECONDS - started))")
fi

# Every process a stage starts inherits this mark, including those that
# leave its process group (the VS Code server and Chromium lead their own):
# after each stage, any process still carrying it is ended.
export TRADECRAFT_TEST_RUN="test-all-$$-$RANDOM"
end_marked_processes() {
  local env pid leftovers=() vars
  for env in /proc/[0-9]*/environ; do
    pid=${env#/proc/}; pid=${pid%/environ}
    [ "$pid" = "$$" ] && continue
    # Builtins only: a helper process would carry the mark itself.
    mapfile -d '' vars 2>/dev/null < "$env" || continue
    for var in "${vars[@]}"; do
      if [ "$var" = "TRADECRAFT_TEST_RUN=$TRADECRAFT_TEST_RUN" ]; then leftovers+=("$pid"); break; fi
    done
  done
  if [ ${#leftovers[@]} -gt 0 ]; then
    echo "test:all: ending ${#leftovers[@]} process(es) the stage left running: ${leftovers[*]}"
    kill -KILL "${leftovers[@]}" 2>/dev/null
  fi
}

stage_pid=
end_stage() {
  [ -n "$stage_pid" ] && kill -KILL -- "-$stage_pid" 2>/dev/null
  stage_pid=
  end_marked_processes
}
trap 'end_stage; exit 130' INT TERM

names=() results=() times=()
run_stage() {
  local name=$1; shift
  echo
  echo "━━ $name: $*"
  local started=$SECONDS
  # setsid: the stage leads its own process group, ended whole afterwards.
  setsid "$@" &
  stage_pid=$!
  wait "$stage_pid"
  local status=$?
  end_stage
  names+=("$name") results+=("$status") times+=("$((SECONDS - started))")
}

run_stage "unit and LSP tests" npm test
run_stage "real VS Code: extension tests and UI smoke test" npm run test:e2e
run_stage "Neovim 0.7.2 as an LSP client" npm run test:neovim

echo
echo "test:all summary"
for i in "${!setup_names[@]}"; do
  printf '  %s %-9s %-52s %4ss\n' '·' installed "${setup_names[$i]}" "${setup_times[$i]}"
done
failed=0
for i in "${!names[@]}"; do
  if [ "${results[$i]}" = 0 ]; then sign='✔' word=passed; else sign='✖' word="FAILED (exit ${results[$i]})"; failed=1; fi
  printf '  %s %-9s %-52s %4ss\n' "$sign" "$word" "${names[$i]}" "${times[$i]}"
done
exit $failed
