#!/usr/bin/env bash
# Installs the Suanpan 决算审核 add-in into WPS 表格 on Linux (统信 UOS, 银河麒麟, Debian…) or macOS.
#
#   install-wps.sh [--service http://审核服务:7070]           offline: copy the add-in into WPS's jsaddons folder
#   install-wps.sh --online http://审核服务:7070             online: WPS loads the add-in from the service
#   install-wps.sh --uninstall                                remove it again
#
# Close WPS first. Other add-ins listed in publish.xml are kept. SUANPAN_JSADDONS overrides the folder.
set -euo pipefail

NAME=suanpan
VERSION=0.1.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
addin="$(dirname "$here")"

mode=offline
service=""
while [ $# -gt 0 ]; do
  case "$1" in
    --service) service="${2:-}"; shift 2 ;;
    --online) mode=online; service="${2:-}"; shift 2 ;;
    --uninstall) mode=uninstall; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "不认识的参数：$1（用 --help 查看用法）" >&2; exit 2 ;;
  esac
done

if [ -n "$service" ]; then
  service="${service%/}"
  case "$service" in http://*|https://*) ;; *) service="http://$service" ;; esac
  if ! printf '%s' "$service" | grep -Eq '^https?://[^[:space:]"'"'"'\\<>]+$'; then
    echo "服务地址不对：$service（应形如 http://127.0.0.1:7070）" >&2; exit 2
  fi
fi
if [ "$mode" = online ] && [ -z "$service" ]; then
  echo "在线安装需要服务地址：--online http://审核服务:7070" >&2; exit 2
fi

if [ -n "${SUANPAN_JSADDONS:-}" ]; then
  jsaddons="$SUANPAN_JSADDONS"
elif [ "$(uname -s)" = Darwin ]; then
  jsaddons="$HOME/Library/Containers/com.kingsoft.wpsoffice.mac/Data/.kingsoft/wps/jsaddons"
else
  jsaddons="$HOME/.local/share/Kingsoft/wps/jsaddons"
fi
publish="$jsaddons/publish.xml"
mkdir -p "$jsaddons"

if [ -f "$publish" ]; then
  cp "$publish" "$publish.bak"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n</jsplugins>\n' > "$publish"
fi

# drop our old entries (any version, online or offline), keep everyone else's
perl -0pi -e 's{[ \t]*<jsplugin(?:online)?\b[^>]*\bname="'"$NAME"'"[^>]*/>[ \t]*\n?}{}g' "$publish"
rm -rf "$jsaddons/${NAME}_"[0-9]*

case "$mode" in
  uninstall)
    echo "已卸载决算审核加载项（$publish）"
    exit 0 ;;
  online)
    entry="<jspluginonline name=\"$NAME\" type=\"et\" url=\"$service/addin/wps/\" enable=\"enable_dev\" install=\"null\"/>" ;;
  offline)
    target="$jsaddons/${NAME}_$VERSION"
    mkdir -p "$target"
    (cd "$addin" && tar --exclude=./install -cf - .) | (cd "$target" && tar -xf -)
    # the shared client code lives once in client-scripts/shared/
    mkdir -p "$target/lib" "$target/css"
    cp "$addin/../shared/suanpan-core.js" "$target/lib/"
    cp "$addin/../shared/pane.css" "$target/css/"
    if [ -n "$service" ]; then
      printf "// Written by install-wps.sh: the 审核服务 this add-in calls (设置服务地址 overrides it per user).\nwindow.SUANPAN_DEFAULTS = { service: '%s' };\n" "$service" > "$target/config.js"
    fi
    entry="<jsplugin name=\"$NAME\" type=\"et\" url=\"${NAME}_$VERSION\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\" customDomain=\"\"/>" ;;
esac

if grep -q '</jsplugins>' "$publish"; then
  ENTRY="$entry" perl -0pi -e 's{</jsplugins>}{  $ENV{ENTRY}\n</jsplugins>}' "$publish"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  %s\n</jsplugins>\n' "$entry" > "$publish"
fi
echo "已安装决算审核加载项（$mode）：$publish"
echo "请重新打开 WPS 表格，功能区会出现“决算审核”选项卡。"
