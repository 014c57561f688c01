#!/usr/bin/env bash
# End-to-end test of the clients against the real service.
#
#   test/e2e.sh path/to/suanpan.jar path/to/sample.xlsx
#
# Starts `java -jar JAR serve --port <free port> --work <tmp>`, waits for /api/health, then:
#   1. check.sh on a copy of the sample: exit 0 and a <base>-审核.<ext> next to it
#   2. check.sh on a folder with two copies: a batch; <folder>-汇总.xlsx and <folder>-审核结果.zip next to it
#   3. check.sh on a file that is not a workbook: exit 2 and the service's message
#   4. the WPS add-in is served at /addin/wps/ (ribbon.xml, index.html, lib/suanpan-core.js)
#   5. the add-ins' shared JS (testlib/e2e-node.js) uploads the sample to /api/check, /api/annotate, /api/fill, /api/explain
#   6. restarted with SUANPAN_TOKEN: the batch fails without the token (exit 2) and works with it
# and stops the service whatever happens. Prints "N passed, M failed"; exits 1 when something failed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scripts="$(dirname "$here")"
jar="${1:-}"
sample="${2:-}"
if [ -z "$jar" ] || [ -z "$sample" ] || [ ! -f "$jar" ] || [ ! -f "$sample" ]; then
  echo "usage: $0 path/to/suanpan.jar path/to/sample.xlsx" >&2
  exit 2
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/suanpan-e2e.XXXXXX")"
pid=""
cleanup() {
  stop_service
  rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
bad() { failed=$((failed + 1)); echo "not ok - $*"; }

# starts the service (extra environment as arguments) and waits for /api/health; sets pid and url
start_service() {
  port=""
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  [ -n "$port" ] || { echo "no free port found" >&2; exit 2; }
  mkdir -p "$tmp/work$port"
  env "$@" java -jar "$jar" serve --port "$port" --work "$tmp/work$port" > "$tmp/service.log" 2>&1 &
  pid=$!
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    if curl -fsS "$url/api/health" > "$tmp/health" 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the service did not come up on $url; its log:" >&2
  cat "$tmp/service.log" >&2
  exit 1
}

stop_service() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  pid=""
}

start_service SUANPAN_TOKEN=
ok "service up on $url: $(tr -d ' \n' < "$tmp/health")"
export SUANPAN_URL="$url"
unset SUANPAN_TOKEN

name="$(basename "$sample")"
base="${name%.*}"
ext="${name##*.}"
magic() { head -c 2 "$1" 2>/dev/null; }

# 1. one file
mkdir -p "$tmp/one"
cp "$sample" "$tmp/one/$name"
"$scripts/cli/check.sh" "$tmp/one/$name" > "$tmp/one.out" 2>&1
rc=$?
cat "$tmp/one.out"
if [ "$rc" = 0 ]; then ok "check.sh file exits 0"; else bad "check.sh file exits $rc (want 0)"; fi
out="$tmp/one/$base-审核.$ext"
if [ -s "$out" ] && [ "$(magic "$out")" = PK ]; then ok "wrote $(basename "$out")"; else bad "no $(basename "$out")"; ls -la "$tmp/one"; fi
if grep -q '错误 [0-9]* 个，警告 [0-9]* 个' "$tmp/one.out"; then ok "printed the error/warning counts"; else bad "no counts printed"; fi

# 2. a folder of two copies: a batch
folder="$tmp/batch/两个单位"
mkdir -p "$folder"
cp "$sample" "$folder/$base-甲.$ext"
cp "$sample" "$folder/$base-乙.$ext"
"$scripts/cli/check.sh" "$folder" > "$tmp/batch.out" 2>&1
rc=$?
cat "$tmp/batch.out"
if [ "$rc" = 0 ]; then ok "check.sh folder exits 0"; else bad "check.sh folder exits $rc (want 0)"; fi
summary="$tmp/batch/两个单位-汇总.xlsx"
results="$tmp/batch/两个单位-审核结果.zip"
if [ -s "$summary" ] && [ "$(magic "$summary")" = PK ]; then ok "downloaded summary.xlsx"; else bad "no summary.xlsx"; fi
if [ -s "$results" ] && [ "$(magic "$results")" = PK ]; then ok "downloaded results.zip"; else bad "no results.zip"; fi
if grep -q '进度 2/2' "$tmp/batch.out"; then ok "showed progress up to 2/2"; else bad "no final progress line"; fi

# 3. not a workbook
printf 'this is not a workbook' > "$tmp/one/坏文件.xlsx"
"$scripts/cli/check.sh" "$tmp/one/坏文件.xlsx" > "$tmp/bad.out" 2>&1
rc=$?
cat "$tmp/bad.out"
if [ "$rc" = 2 ] && grep -q '[^ -~]' "$tmp/bad.out"; then ok "unusable file: exit 2 with the service's message"; else bad "unusable file: exit $rc (want 2 and a message)"; fi

# 4. the WPS add-in served by the service
for f in ribbon.xml index.html main.js taskpane.html lib/suanpan-core.js js/wps-host.js; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$url/addin/wps/$f")"
  if [ "$code" = 200 ]; then ok "GET /addin/wps/$f"; else bad "GET /addin/wps/$f gave $code"; fi
done

# 5. the add-ins' shared JS against the real service
if command -v node >/dev/null 2>&1; then
  if node "$scripts/testlib/e2e-node.js" "$url" "$sample"; then ok "shared JS client against the service"; else bad "shared JS client against the service"; fi
else
  echo "# node not found: skipped the shared JS client check"
fi

# 6. a service with a token: batches need it, and check.sh sends SUANPAN_TOKEN
stop_service
start_service SUANPAN_TOKEN=e2e-secret
ok "service with a token up on $url"
SUANPAN_URL="$url" "$scripts/cli/check.sh" "$folder" > "$tmp/notoken.out" 2>&1
rc=$?
if [ "$rc" = 2 ] && grep -q 'Bearer' "$tmp/notoken.out"; then ok "batch without the token: exit 2 with the service's message"; else bad "batch without the token: exit $rc"; cat "$tmp/notoken.out"; fi
SUANPAN_URL="$url" SUANPAN_TOKEN=e2e-secret "$scripts/cli/check.sh" "$folder" > "$tmp/token.out" 2>&1
rc=$?
if [ "$rc" = 0 ]; then ok "batch with SUANPAN_TOKEN: exit 0"; else bad "batch with SUANPAN_TOKEN: exit $rc"; cat "$tmp/token.out"; fi

if [ "$failed" -gt 0 ]; then
  echo "--- service log ---"
  tail -50 "$tmp/service.log"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
