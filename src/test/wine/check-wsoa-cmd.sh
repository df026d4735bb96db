#!/usr/bin/env bash
# Tries the release's bin/wsoa.cmd under Wine's cmd.exe, with java-stub.c standing in for java.exe
# (Windows' own Java cannot run here). Not part of mvn verify: it needs Wine and MinGW, which CI does
# not have. By hand, after mvn -B package:
#   apt-get install --no-install-recommends wine64 gcc-mingw-w64-x86-64-posix
#   src/test/wine/check-wsoa-cmd.sh
# Prints one line per check and exits non-zero if any failed. docs/install.md records the result.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
zip="$(find "$root/target" -maxdepth 1 -name 'wsoa-*.zip' | head -n 1)"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || { echo "needs wine64 (apt-get install wine64)" >&2; exit 2; }
command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "needs gcc-mingw-w64-x86-64-posix" >&2; exit 2; }

work="$(mktemp -d /tmp/wsoa-wine.XXXXXX)"
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
export WINEDEBUG=-all
failures=0

# A Windows path for a Unix one: Wine maps / to drive Z:.
win() { printf 'Z:%s' "$1" | tr / \\\\; }

archives() { find "$home/lib" -maxdepth 1 -name '*.jsa' | sort; }

check() {   # check NAME COMMAND...: passes when COMMAND succeeds
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

x86_64-w64-mingw32-gcc -O2 -o "$work/java-stub.exe" "$root/src/test/wine/java-stub.c"
mkdir -p "$work/jdk/bin" "$work/jdk11/bin" "$work/jdk8/bin" "$work/path-java"
for jdk in jdk jdk11 jdk8 path-java; do cp "$work/java-stub.exe" "$work/$jdk/$( [ $jdk = path-java ] || echo bin/)java.exe"; done
# Real Javas differ in size and date, and the archive is named after them: so do these.
touch -d '2024-01-16 12:00' "$work/jdk11/bin/java.exe"
touch -d '2024-01-17 12:00' "$work/jdk8/bin/java.exe"
# Installed where many councils' IT put programs: a path with spaces and parentheses.
install="$work/Program Files (x86)"
mkdir -p "$install"
(cd "$install" && unzip -q "$zip")
home="$(ls -d "$install"/wsoa-*)"
cmd="$(win "$home")\\bin\\wsoa.cmd"

# Runs wsoa.cmd as a user types it at a prompt (through a one-line batch file, so that cmd /c does
# not strip its quotes), with the stub's log in $work/calls.log; prints wsoa's output and exit code.
# The batch file hands over to wsoa.cmd without `call`: Wine's `call` of another batch file sets
# ERRORLEVEL to 1 whatever that file exits with (Windows' does not), while cmd /c passes it on.
run() {
  printf '@echo off\r\n"%s" %s\r\n' "$cmd" "$*" > "$work/driver.cmd"
  rm -f "$work/calls.log"
  WSOA_STUB_LOG="$(win "$work")\\calls.log" "$wine" cmd /c "$(win "$work")\\driver.cmd" 2>&1 | tr -d '\r'
  echo "exit=${PIPESTATUS[0]}"
  [ ! -f "$work/calls.log" ] || sed -i 's/\r$//' "$work/calls.log"   # the stub writes Windows line ends
}

export WINEPREFIX="$work/prefix"
export JAVA_HOME; JAVA_HOME="$(win "$work")\\jdk"
"$wine" cmd /c echo >/dev/null 2>&1   # makes the Wine prefix

out="$(WSOA_STUB_EXIT=3 run validate '"plans\my plan"' --strict)"
check "first run: checks the Java version" grep -qx '\[-version\]' "$work/calls.log"
check "first run: makes the archive in lib with the warm-up build" \
  grep -q '\[-XX:ArchiveClassesAtExit=.*\\lib\\.wsoa-[0-9]*.tmp\\wsoa.jsa\] \[-jar\] \[.*\\lib\\wsoa.jar\] \[build\] \[.*\\lib\\warm-up-plan\]' "$work/calls.log"
check "first run: uses the archive" grep -q '^archive: .*\\lib\\wsoa-.*\.jsa$' <<<"$out"
check "arguments with spaces arrive whole" grep -qx 'arg: plans\\my plan' <<<"$out"
check "the JVM options come first" grep -q '^\[-XX:+UseSerialGC\] \[-XX:TieredStopAtLevel=1\] \[-Xmx192m\] \[-Xshare:auto\] \[-Xlog:disable\] \[-XX:-UsePerfData\] \[-XX:SharedArchiveFile=' "$work/calls.log"
check "the exit code passes through" grep -qx 'exit=3' <<<"$out"
check "one archive in lib" test "$(archives | wc -l)" -eq 1

out="$(WSOA_JAVA_OPTS=-Xmx512m run --version)"
check "second run: starts Java once, with the archive and WSOA_JAVA_OPTS" \
  test "$(wc -l < "$work/calls.log")" -eq 1 -a -n "$(grep -- '-XX:SharedArchiveFile=.*\] \[-Xmx512m\] \[-jar\]' "$work/calls.log")"
check "second run: exit 0" grep -qx 'exit=0' <<<"$out"

old="$(archives)"
touch -d '2026-06-01 10:00' "$home/lib/wsoa.jar"
run --version >/dev/null
check "a changed jar gets a new archive, and the old one goes" \
  test "$(archives)" != "$old" -a "$(archives | wc -l)" -eq 1

out="$(JAVA_HOME="$(win "$work")\\jdk11" WSOA_STUB_VERSION=11.0.22 run --version)"
check "Java 11: says so and exits 2" grep -qx "wsoa: needs Java 17 or later, but $(win "$work" | sed 's/\\/\\\\/g')\\\\jdk11\\\\bin\\\\java.exe is Java 11.0.22; install a newer one, or set JAVA_HOME to it" <<<"$out"
check "Java 11: exit 2" grep -qx 'exit=2' <<<"$out"
out="$(JAVA_HOME="$(win "$work")\\jdk8" WSOA_STUB_VERSION=1.8.0_402 run --version)"
check "Java 8: says so" grep -q 'is Java 1.8.0_402; install a newer one' <<<"$out"

out="$(JAVA_HOME="$(win "$work")\\nowhere" run --version)"
check "JAVA_HOME without java.exe: says so" grep -q 'which has no bin\\java.exe' <<<"$out"

out="$(unset JAVA_HOME; WINEPATH="$(win "$work")\\path-java" run --version)"
check "no JAVA_HOME: java.exe on the PATH" grep -qx 'exit=0' <<<"$out"
check "no JAVA_HOME: the java.exe from the PATH ran" test -s "$work/calls.log"
out="$(unset JAVA_HOME; run --version)"
check "no Java at all: says so" grep -q 'there is no java.exe on the PATH' <<<"$out"
check "no Java at all: exit 2" grep -qx 'exit=2' <<<"$out"

rm -f "$home"/lib/*.jsa
touch -d '2026-07-01 10:00' "$home/lib/wsoa.jar"
out="$(WSOA_STUB_NO_ARCHIVE=1 run --version)"
check "a JVM that makes no archive: runs without" grep -qx 'archive: (none)' <<<"$out"
run --version >/dev/null
check "... and does not try again" test -z "$(grep -- '-XX:ArchiveClassesAtExit' "$work/calls.log")"

# A read-only install: the user nobody cannot write to lib\, so the archive goes to %LOCALAPPDATA%.
if [ "$(id -u)" = 0 ]; then
  rm -f "$home"/lib/*.jsa "$home"/lib/*.none
  chmod -R a-w "$home"
  mkdir -p "$work/nobody"
  chown 65534:65534 "$work/nobody"
  touch "$work/calls.log" && chmod 666 "$work/calls.log"
  printf '@echo off\r\n"%s" --version\r\n' "$cmd" > "$work/driver.cmd"
  out="$(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$work/nobody" WINEPREFIX="$work/nobody/prefix" \
    WSOA_STUB_LOG="$(win "$work")\\calls.log" "$wine" cmd /c "$(win "$work")\\driver.cmd" 2>&1 | tr -d '\r';
    echo "exit=${PIPESTATUS[0]}")"
  check "read-only install: runs" grep -qx 'exit=0' <<<"$out"
  check "read-only install: nothing written in lib" test -z "$(find "$home/lib" -mindepth 1 -maxdepth 1 ! -name warm-up-plan ! -name wsoa.jar)"
  check "read-only install: the archive is in %LOCALAPPDATA%\\wsoa" \
    test -n "$(find "$work/nobody/prefix/drive_c/users" -path '*AppData/Local/wsoa/wsoa-*.jsa')"
  chmod -R u+w "$home"
else
  echo "SKIP read-only install (run as root to try it as the user nobody)"
fi

echo "$failures failed"
[ "$failures" -eq 0 ]
