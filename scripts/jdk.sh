# Sourced by ./gotruffle and ./run-tests: finds a JDK 25 and exports JAVA_HOME.
# GoTruffle needs JDK 25 (goroutines are JDK continuations; Truffle's optimizing runtime uses
# JVMCI). The default java on the machine may be older, so this looks, in order, at:
#   1. $JAVA_HOME, if it is a JDK 25;
#   2. /usr/lib/jvm/*temurin-25*;
#   3. any other /usr/lib/jvm/* whose `java -version` says 25.

# gotruffle_is_jdk25 DIR: DIR has bin/java and bin/javac, and java reports version 25.
gotruffle_is_jdk25() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  # The release file says it without starting a JVM (that took 0.1 s of every run).
  if [ -f "$1/release" ]; then
    grep -Eq '^JAVA_VERSION="25([.+"-]|$)' "$1/release"
    return
  fi
  "$1/bin/java" -version 2>&1 | head -n 1 | grep -Eq 'version "25([.+"-]|$)'
}

# gotruffle_find_jdk: exports JAVA_HOME, or explains on stderr and returns 1.
gotruffle_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && gotruffle_is_jdk25 "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  for candidate in /usr/lib/jvm/*temurin-25* /usr/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    if gotruffle_is_jdk25 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  {
    echo "gotruffle: no JDK 25 found (JAVA_HOME=${JAVA_HOME:-unset} is not one, nor is anything under /usr/lib/jvm)."
    echo "gotruffle: install Temurin 25 (e.g. the temurin-25-jdk package) or set JAVA_HOME to a JDK 25."
  } >&2
  return 1
}
