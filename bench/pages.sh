#!/usr/bin/env bash
# Every page of a plan's PDF as a PNG, for a reviewer to scan the printed pages in seconds:
# target/pages/NAME/page-NN.png, and with ImageMagick's montage a contact sheet of them all,
# target/pages/NAME-sheet.png (ten pages a row).
#   bench/pages.sh [PLAN] [DPI]        PLAN defaults to plans/bcp-wsoa-2021, DPI to 50
# Needs pdftoppm (Debian package poppler-utils); montage (imagemagick) for the sheet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
plan="${1:-plans/bcp-wsoa-2021}"
dpi="${2:-50}"
name="$(basename "$plan")"
command -v pdftoppm >/dev/null || { echo "bench/pages.sh needs pdftoppm (poppler-utils)" >&2; exit 2; }
out="target/pages/$name"
rm -rf "$out" && mkdir -p "$out"
./wsoa build "$plan" -o "$out" --format pdf --name "$name" >/dev/null
pdftoppm -r "$dpi" -png "$out/$name.pdf" "$out/page"
pages=$(ls "$out"/page-*.png | wc -l)
if command -v montage >/dev/null; then
  montage "$out"/page-*.png -tile 10x -geometry +4+4 -background '#b1b4b6' "target/pages/$name-sheet.png"
  echo "$pages pages: $out/page-*.png; all on one sheet: target/pages/$name-sheet.png"
else
  echo "$pages pages: $out/page-*.png (install imagemagick for a sheet of them all)"
fi
