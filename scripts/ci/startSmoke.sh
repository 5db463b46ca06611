#!/usr/bin/env bash
# `npm start` as a new user runs it, on whatever node is first on PATH: it must print the demo's
# URL and the example CRM's, serve the page there, and write nothing to stderr (no warnings).
# Every port is picked free, and the whole process group is stopped afterwards, so the next
# Node version's run (or the e2e tests) never finds a port still held by this one.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp)"
err="$(mktemp)"
PORT=0 ACD_PORT=0 EMBEDDABLE_PORT=0 CRM_PORT=0 setsid npm start --silent >"$out" 2>"$err" &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap stop EXIT
url=""
crm=""
for _ in $(seq 1 240); do
  url="$(sed -n 's/^Demo (customer simulator + agent client): //p' "$out")"
  crm="$(sed -n 's/^Example CRM (Embeddable Framework client inside): //p' "$out")"
  [ -n "$url" ] && [ -n "$crm" ] && break
  [ -s "$err" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$url" ] || [ -z "$crm" ]; then
  echo "npm start did not print the demo and example CRM URLs on node $(node --version)"
  cat "$out" "$err"
  exit 1
fi
node -e '
  Promise.all(process.argv.slice(1).map(async (url) => {
    const r = await fetch(url);
    const body = await r.text();
    if (!r.ok || !body.includes("<html")) throw new Error(`${r.status} from ${url}`);
  })).catch((e) => { console.error(String(e)); process.exit(1); });
' "$url" "$crm"
if [ -s "$err" ]; then
  echo "npm start wrote to stderr on node $(node --version):"
  cat "$err"
  exit 1
fi
echo "npm start on node $(node --version): demo at $url, example CRM at $crm, no warnings"
