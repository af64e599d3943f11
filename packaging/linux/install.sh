#!/bin/sh
# Install the qistdesk bundle system-wide (or per user) on Linux.
#   sudo ./install.sh            -> /opt/qistdesk, /usr/local/bin/qistdesk, menu entry, icons
#   ./install.sh --user          -> ~/.local/opt/qistdesk, ~/.local/bin/qistdesk, menu entry for you
# Run from the unpacked bundle folder (qistdesk-<version>-linux-<arch>.tar.gz -> qistdesk/).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--user" ]; then
  APP="$HOME/.local/opt/qistdesk"; BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
else
  APP=/opt/qistdesk; BIN=/usr/local/bin; SHARE=/usr/local/share
fi
if [ "$HERE" != "$APP" ]; then
  rm -rf "$APP"
  mkdir -p "$(dirname "$APP")"
  cp -a "$HERE" "$APP"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$APP/qistdesk" "$BIN/qistdesk"
cp "$APP/share/applications/qistdesk.desktop" "$SHARE/applications/"
cp "$APP/share/metainfo/org.qistdesk.qistdesk.metainfo.xml" "$SHARE/metainfo/"
for dir in "$APP"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$SHARE/icons/hicolor/$size/apps"
  cp "$dir/qistdesk".* "$SHARE/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "qistdesk installed in $APP; run: qistdesk"
