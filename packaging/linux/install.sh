#!/bin/sh
# Install the Linux bundle for every user of a managed machine (run as root), or for one
# user with PREFIX=$HOME/.local. Usage: packaging/linux/install.sh [dist/IncluCities]
set -eu
BUNDLE=${1:-dist/IncluCities}
PREFIX=${PREFIX:-/opt}
SHARE=${SHARE:-/usr/local/share}
ICONS=${ICONS:-build/icons}
HERE=$(dirname "$0")
[ "$PREFIX" = "$HOME/.local" ] && SHARE="$HOME/.local/share"
mkdir -p "$PREFIX/IncluCities" "$SHARE/applications" "$SHARE/metainfo"
cp -R "$BUNDLE/." "$PREFIX/IncluCities/"
sed "s|^Exec=IncluCities|Exec=$PREFIX/IncluCities/IncluCities|" \
    "$HERE/eu.inclucities.Desktop.desktop" > "$SHARE/applications/eu.inclucities.Desktop.desktop"
cp "$HERE/eu.inclucities.Desktop.metainfo.xml" "$SHARE/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/inclucities-$size.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/eu.inclucities.Desktop.png"
done
echo "Installed in $PREFIX/IncluCities; menu entry in $SHARE/applications"
