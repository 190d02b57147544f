#!/usr/bin/env bash
# Regenerates the committed app and tray icons from their SVG sources in electron/assets/.
# Needs rsvg-convert and icotool (Debian: apt-get install librsvg2-bin icoutils). Run after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../electron/assets"

# App icon: electron-builder makes the macOS .icns and the Windows .ico from icon.png (1024), and Linux
# takes the sized PNGs in icons/.
rsvg-convert -w 1024 -h 1024 icon.svg -o icon.png
mkdir -p icons
for size in 16 32 48 64 128 256 512; do rsvg-convert -w $size -h $size icon.svg -o icons/${size}x${size}.png; done
icotool -c -o icon.ico icons/16x16.png icons/32x32.png icons/48x48.png -r icons/256x256.png

# Tray: colour 32 px on Linux, .ico on Windows, black template images (@1x, @2x) that macOS tints.
cd tray
for name in tray tray-alert; do
  rsvg-convert -w 32 -h 32 $name.svg -o $name.png
  rsvg-convert -w 16 -h 16 $name.svg -o $name-16.png
  icotool -c -o $name.ico $name-16.png $name.png
  rm $name-16.png
done
for name in trayTemplate trayAlertTemplate; do
  rsvg-convert -w 16 -h 16 $name.svg -o $name.png
  rsvg-convert -w 32 -h 32 $name.svg -o $name@2x.png
done
