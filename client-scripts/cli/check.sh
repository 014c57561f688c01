#!/usr/bin/env bash
# check.sh — 把决算公开表交给算盘审核服务（bash + curl）。
#
#   check.sh 工作簿.xlsx   审核一个工作簿，把标注副本（<名称>-审核.xlsx）写在它旁边，打印错误和警告数
#   check.sh 工作簿.xlsx --budget 部门预算.xlsx [--prior 上年.xlsx] [--narrative 情况说明.docx]
#                          同时给出同年部门预算表（决算对预算）、上年公开表、情况说明，一并审核
#   check.sh 文件夹        把文件夹里的 .xlsx/.xls 作为一批提交，显示进度，完成后把
#                          <文件夹>-汇总.xlsx 和 <文件夹>-审核结果.zip 下载到文件夹旁边
#
# 环境变量：SUANPAN_URL    服务地址，默认 http://127.0.0.1:7070
#           SUANPAN_TOKEN  服务要求令牌时填写，作为 Authorization: Bearer 发送
# 退出码：  0 没有错误   1 发现错误   2 文件无法审核、服务出错或连不上服务
set -uo pipefail

BASE="${SUANPAN_URL:-http://127.0.0.1:7070}"
BASE="${BASE%/}"
case "$BASE" in http://*|https://*) ;; *) BASE="http://$BASE" ;; esac
AUTH=()
if [ -n "${SUANPAN_TOKEN:-}" ]; then AUTH=(-H "Authorization: Bearer $SUANPAN_TOKEN"); fi
POLL_SECONDS="${SUANPAN_POLL_SECONDS:-1}"
BATCH_TIMEOUT="${SUANPAN_BATCH_TIMEOUT:-7200}"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

fail() { echo "check.sh: $*" >&2; exit 2; }

command -v curl >/dev/null 2>&1 || fail "需要 curl，请先安装（apt-get install curl）"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/suanpan.XXXXXX")" || fail "建不了临时文件夹"
trap 'rm -rf "$TMP"' EXIT

# The "error" text of a JSON body {"error": "..."} (Jackson writes Chinese as UTF-8, so only \" \\ \n \/ need undoing).
json_error() {
  local m
  m="$(tr -d '\r\n' < "$1" | sed -n 's/.*"error"[[:space:]]*:[[:space:]]*"\(\([^"\\]\|\\.\)*\)".*/\1/p')"
  m="${m//\\\"/\"}"; m="${m//\\\//\/}"; m="${m//\\n/ }"; m="${m//\\\\/\\}"
  printf '%s' "$m"
}
json_num() { tr -d '\r\n' < "$2" | grep -o "\"$1\"[[:space:]]*:[[:space:]]*-\{0,1\}[0-9]*" | head -1 | grep -o -- '-\{0,1\}[0-9]*$'; }
json_str() { tr -d '\r\n' < "$2" | grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" | head -1 | sed 's/.*"\([^"]*\)"$/\1/'; }
header() { grep -i "^$1:" "$2" | tail -1 | sed 's/^[^:]*:[[:space:]]*//' | tr -d '\r'; }

# Explains a failed request (curl's exit code $1, HTTP status $2, body file $3) and exits 2.
service_failed() {
  if [ "$1" != 0 ]; then
    fail "连不上审核服务 $BASE（curl 退出码 $1）。请确认服务已启动，或用 SUANPAN_URL 指定地址。"
  fi
  local msg
  msg="$(json_error "$3")"
  if [ -z "$msg" ]; then msg="审核服务出错（HTTP $2）"; fi
  echo "$msg" >&2
  exit 2
}

# A -F argument that uploads file $2 as part $1 under its own (UTF-8) name, quoted as curl wants.
form_file() {
  local path="$2" name
  name="$(basename -- "$2")"
  path="${path//\\/\\\\}"; path="${path//\"/\\\"}"
  name="${name//\\/\\\\}"; name="${name//\"/\\\"}"
  printf '%s=@"%s";filename="%s"' "$1" "$path" "$name"
}

# The file name in a Content-Disposition header (filename* first), reduced to a plain file name.
disposition_name() {
  local h="$1" n=""
  if [[ "$h" =~ filename\*[[:space:]]*=[[:space:]]*\"?[Uu][Tt][Ff]-8\'[^\']*\'([^\;\"]+) ]]; then
    n="${BASH_REMATCH[1]}"
    n="$(printf '%b' "${n//%/\\x}")"
  elif [[ "$h" =~ filename[[:space:]]*=[[:space:]]*\"([^\"]*)\" ]]; then
    n="${BASH_REMATCH[1]}"
  fi
  n="${n##*/}"; n="${n##*\\}"
  n="$(printf '%s' "$n" | tr -d '\000-\037' | tr '<>:"|?*' '_______')"
  while [[ "$n" == .* ]]; do n="${n#.}"; done
  printf '%s' "$n"
}

check_file() {
  local file="$1" name base ext out status rc errors warnings
  name="$(basename -- "$file")"
  base="${name%.*}"; ext="${name##*.}"
  [ "$base" = "$name" ] && ext="xlsx"
  echo "正在审核：$name（$BASE）" >&2
  status="$(curl -sS --connect-timeout 10 --max-time 900 "${AUTH[@]}" -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' \
    -F "$(form_file workbook "$file")" --form-string "filename=$name" "${COMPANIONS[@]}" "$BASE/api/annotate")"
  rc=$?
  if [ "$rc" != 0 ] || [ "$status" != 200 ]; then service_failed "$rc" "$status" "$TMP/body"; fi
  out="$(disposition_name "$(header content-disposition "$TMP/headers")")"
  [ -n "$out" ] || out="$base-审核.$ext"
  out="$(dirname -- "$file")/$out"
  mv -f "$TMP/body" "$out" || fail "写不了 $out"
  errors="$(header x-suanpan-errors "$TMP/headers")"; errors="${errors:-0}"
  warnings="$(header x-suanpan-warnings "$TMP/headers")"; warnings="${warnings:-0}"
  echo "已写出标注副本：$out"
  echo "错误 $errors 个，警告 $warnings 个"
  if [ "$errors" -gt 0 ] 2>/dev/null; then return 1; fi
  return 0
}

check_folder() {
  local dir="${1%/}" parent folder status rc id total done_ errors warnings failed state last="" waited=0 f
  local -a files=() form=()
  [ -n "$dir" ] || dir="/"
  parent="$(cd -- "$dir/.." && pwd)"
  folder="$(basename -- "$(cd -- "$dir" && pwd)")"
  while IFS= read -r -d '' f; do
    case "$(basename -- "$f")" in '~$'*|.*|*-审核.*|*-填充.*) continue ;; esac
    files+=("$f")
  done < <(find "$dir" -maxdepth 1 -type f \( -iname '*.xlsx' -o -iname '*.xls' -o -iname '*.xlsm' \) -print0 | sort -z)
  [ "${#files[@]}" -gt 0 ] || fail "文件夹 $dir 里没有 .xlsx 或 .xls 工作簿"
  for f in "${files[@]}"; do form+=(-F "$(form_file workbook "$f")"); done
  echo "正在提交 ${#files[@]} 个工作簿（$BASE）" >&2
  status="$(curl -sS --connect-timeout 10 --max-time 1800 "${AUTH[@]}" -o "$TMP/created" -w '%{http_code}' "${form[@]}" "$BASE/api/batches")"
  rc=$?
  if [ "$rc" != 0 ] || { [ "$status" != 202 ] && [ "$status" != 200 ]; }; then service_failed "$rc" "$status" "$TMP/created"; fi
  id="$(json_str id "$TMP/created")"
  [ -n "$id" ] || fail "审核服务没有返回批次编号"
  while :; do
    status="$(curl -sS --connect-timeout 10 --max-time 60 "${AUTH[@]}" -o "$TMP/status" -w '%{http_code}' "$BASE/api/batches/$id")"
    rc=$?
    if [ "$rc" != 0 ] || [ "$status" != 200 ]; then service_failed "$rc" "$status" "$TMP/status"; fi
    state="$(json_str status "$TMP/status")"
    done_="$(json_num done "$TMP/status")"; total="$(json_num total "$TMP/status")"
    errors="$(json_num errors "$TMP/status")"; warnings="$(json_num warnings "$TMP/status")"; failed="$(json_num failed "$TMP/status")"
    local line="进度 ${done_:-0}/${total:-?}（错误 ${errors:-0}，警告 ${warnings:-0}，无法审核 ${failed:-0}）"
    if [ "$line" != "$last" ]; then
      if [ -t 2 ]; then printf '\r%s' "$line" >&2; else echo "$line" >&2; fi
      last="$line"
    fi
    [ "$state" = done ] && break
    if [ "$waited" -ge "$BATCH_TIMEOUT" ]; then [ -t 2 ] && echo >&2; fail "批量审核 $BATCH_TIMEOUT 秒后仍未完成（批次 $id）"; fi
    sleep "$POLL_SECONDS"
    waited=$((waited + POLL_SECONDS))
  done
  [ -t 2 ] && echo >&2
  local summary="$parent/$folder-汇总.xlsx" results="$parent/$folder-审核结果.zip"
  status="$(curl -sS --connect-timeout 10 --max-time 600 "${AUTH[@]}" -o "$TMP/summary" -w '%{http_code}' "$BASE/api/batches/$id/summary.xlsx")"
  rc=$?
  if [ "$rc" != 0 ] || [ "$status" != 200 ]; then service_failed "$rc" "$status" "$TMP/summary"; fi
  status="$(curl -sS --connect-timeout 10 --max-time 1800 "${AUTH[@]}" -o "$TMP/results" -w '%{http_code}' "$BASE/api/batches/$id/results.zip")"
  rc=$?
  if [ "$rc" != 0 ] || [ "$status" != 200 ]; then service_failed "$rc" "$status" "$TMP/results"; fi
  mv -f "$TMP/summary" "$summary" || fail "写不了 $summary"
  mv -f "$TMP/results" "$results" || fail "写不了 $results"
  echo "已下载汇总表：$summary"
  echo "已下载审核结果：$results"
  echo "共 ${total:-0} 个工作簿：错误 ${errors:-0} 个，警告 ${warnings:-0} 个，无法审核 ${failed:-0} 个"
  if [ "${failed:-0}" -gt 0 ] 2>/dev/null; then return 2; fi
  if [ "${errors:-0}" -gt 0 ] 2>/dev/null; then return 1; fi
  return 0
}

case "${1:-}" in
  ""|-h|--help) usage; [ -n "${1:-}" ] && exit 0; exit 2 ;;
esac
# --budget / --prior / --narrative: files sent along with one workbook, under the service's part names
COMPANIONS=()
TARGETS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --budget|--prior|--narrative)
      [ $# -ge 2 ] || fail "$1 后面要跟一个文件"
      [ -f "$2" ] || fail "找不到 $2"
      COMPANIONS+=(-F "$(form_file "${1#--}" "$2")")
      shift 2 ;;
    -*) fail "不认识的选项 $1（check.sh --help 查看用法）" ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
[ "${#TARGETS[@]}" -eq 1 ] || fail "一次给一个工作簿或一个文件夹（check.sh --help 查看用法）"
if [ -d "${TARGETS[0]}" ]; then
  [ "${#COMPANIONS[@]}" -eq 0 ] || fail "--budget、--prior、--narrative 只用于审核一个工作簿，不用于文件夹"
  check_folder "${TARGETS[0]}"
elif [ -f "${TARGETS[0]}" ]; then
  check_file "${TARGETS[0]}"
else
  fail "找不到 ${TARGETS[0]}"
fi
