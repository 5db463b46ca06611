#!/usr/bin/env bash
# `npm start` as a new user runs it, on whatever node is first on PATH: it must print the demo's
# URL, serve the page there, and write nothing to stderr (no warnings). Ports are picked free.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp)"
err="$(mktemp)"
PORT=0 ACD_PORT=0 npm start --silent >"$out" 2>"$err" &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT
url=""
for _ in $(seq 1 120); do
  url="$(sed -n 's/^Demo (customer simulator + agent client): //p' "$out")"
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "npm start printed no demo URL on node $(node --version)"
  cat "$out" "$err"
  exit 1
fi
node -e '
  fetch(process.argv[1]).then(async (r) => {
    const body = await r.text();
    if (!r.ok || !body.includes("<html")) throw new Error(`${r.status} from ${process.argv[1]}`);
  }).catch((e) => { console.error(String(e)); process.exit(1); });
' "$url"
if [ -s "$err" ]; then
  echo "npm start wrote to stderr on node $(node --version):"
  cat "$err"
  exit 1
fi
echo "npm start on node $(node --version): demo served at $url, no warnings"
