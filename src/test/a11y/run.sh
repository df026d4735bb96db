#!/usr/bin/env bash
# The accessibility test: builds the HTML of every example plan, and of the fixture plan that uses
# every field, with the packaged jar, the progress report and exception report of every one with
# progress files, and the closure report of every one with closure.yaml, then runs axe-core in
# headless Chromium over each page, wide and phone-sized. Maven runs it in the
# integration-test phase (mvn verify). Needs Node.js, npm and Debian's chromium; the npm packages
# are pinned by package-lock.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="$root/target/a11y"
node_dir="$root/target/a11y-node"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "accessibility test: no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out" "$node_dir"
for plan in "$root"/plans/*/ "$root"/src/test/resources/plans/every-field/; do
  java -jar "$root/target/wsoa.jar" build "$plan" -o "$out" >/dev/null
  if [ -d "$plan/progress" ]; then
    java -jar "$root/target/wsoa.jar" report "$plan" -o "$out" --format html >/dev/null
    java -jar "$root/target/wsoa.jar" report "$plan" -o "$out" --format html --exceptions >/dev/null
  fi
  if [ -f "$plan/closure.yaml" ]; then
    java -jar "$root/target/wsoa.jar" close "$plan" -o "$out" --format html >/dev/null
  fi
done
cp "$root/src/test/a11y/package.json" "$root/src/test/a11y/package-lock.json" "$root/src/test/a11y/axe-check.mjs" \
  "$node_dir/"
# npm ci installs exactly what the committed lockfile says, and fails if package.json disagrees with
# it. --prefer-offline takes the packages from npm's cache (~/.npm) when they are there, so that
# after one online run (or .ci/fetch) the test needs no network.
if ! (cd "$node_dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "accessibility test: npm ci could not install the packages in src/test/a11y/package-lock.json;" \
    "with no network, run .ci/fetch once while online" >&2
  exit 1
fi
node "$node_dir/axe-check.mjs" "$out"/*.html
