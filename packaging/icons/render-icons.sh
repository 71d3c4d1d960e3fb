#!/usr/bin/env bash
# Renders resources/icons/billhook.svg into the committed raster icons: the hicolor PNG sizes for Linux,
# billhook.ico for Windows and billhook.icns for macOS. Run it by hand after changing the SVG and commit the
# results; the build itself never renders icons.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"

svg=billhook.svg
name=app.billhook.Billhook
sizes=(16 22 24 32 48 64 128 256 512)

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
# /usr/bin/convert is ImageMagick's; some machines put a look-alike earlier on PATH.
convert=/usr/bin/convert
[ -x "$convert" ] || convert=$(command -v convert)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for s in "${sizes[@]}" 1024; do
    rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$svg" --output "$tmp/$s.png"
done

for s in "${sizes[@]}"; do
    mkdir -p "hicolor/${s}x${s}/apps"
    # Strip metadata so that re-running the script on the same SVG changes no committed byte.
    "$convert" "$tmp/$s.png" -strip "PNG32:hicolor/${s}x${s}/apps/$name.png"
done

"$convert" "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" \
    -strip billhook.ico
png2icns billhook.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" \
    "$tmp/1024.png" >/dev/null

echo "Rendered ${sizes[*]} px PNGs, billhook.ico and billhook.icns in $(pwd)"
