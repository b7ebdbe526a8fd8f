#!/bin/sh
# Render the add-in's PNG icons from icon.svg at the sizes the manifest names
# (16, 32 and 80 px for the ribbon, 32 and 64 px for IconUrl and HighResolutionIconUrl,
# 128 px for store listings). Needs rsvg-convert (Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 32 64 80 128; do
  rsvg-convert --width "$size" --height "$size" --output "icon-$size.png" icon.svg
done
