# Sourced by ./gotruffle: fast start-up with a JDK 25 AOT cache (JEP 483/514/515: classes
# loaded and linked ahead of time, plus method profiles), measured in bench/RESULTS.md.
#
# The Graal compiler must replace the empty jdk.graal.compiler module of the JDK, and the JVM
# refuses any class data sharing with --upgrade-module-path. So the fast mode runs on a runtime
# image linked from the JDK without that module (jlink; shared by every checkout of the same JDK
# under the user's cache dir), with the compiler jars on the plain --module-path and the
# application as jars on the class path (an AOT cache cannot hold classes from directories).
#
# The AOT cache belongs to one build: its name is a hash of the size and time of every jar,
# the JVM flags and the runtime image, because the JVM does not notice a changed jar by
# itself. It lives in target/fast-start/ of this checkout. After a build the cache is made
# once, by a training run in the background (GOTRUFFLE_FAST_START=wait: in the foreground);
# until it exists, or when anything about it is off, ./gotruffle runs as before (plain JDK,
# --upgrade-module-path, class directories). GOTRUFFLE_FAST_START=off always runs that way.
# The JVM's own AOT messages are switched off (gotruffle.jvm.fast.flags): they would go to
# the program's output.

# fast_start_init ROOT: sets fs_* variables (paths, key) for this checkout.
fast_start_init() {
  fs_root=$1
  fs_dir="$fs_root/target/fast-start"
  fs_key=""
  local cache_home="${XDG_CACHE_HOME:-${HOME:-}/.cache}"
  [ "$cache_home" != /.cache ] || return 0 # no cache dir: never fast
  local jdk_key
  jdk_key=$( { echo "$JAVA_HOME"; cat "$JAVA_HOME/release" 2>/dev/null; echo "jlink-v2"; } | md5sum | cut -c1-16)
  fs_runtime="$cache_home/gotruffle/jdk-$jdk_key"
  local upgrade="$fs_root/interpreter/target/upgrade"
  fs_jars=()
  local j
  for j in "$fs_root"/grammar/target/gotruffle-grammar-*.jar "$fs_root"/runtime/target/gotruffle-runtime-*.jar \
           "$fs_root"/interpreter/target/gotruffle-interpreter-*.jar "$fs_root"/interpreter/target/lib/*.jar; do
    [ -f "$j" ] && fs_jars+=("$j")
  done
  fs_class_path=$(IFS=:; echo "${fs_jars[*]}")
  fs_module_path=$(ls "$upgrade"/*.jar 2>/dev/null | paste -sd: -)
  if [ ${#fs_jars[@]} -ge 4 ] && [ -n "$fs_module_path" ]; then
    fs_key=$( { stat -c '%n %s %Y' "${fs_jars[@]}" "$upgrade"/*.jar; echo "$fs_runtime"; printf '%s\n' "$@"; } | md5sum | cut -c1-16)
  fi
  fs_cache="$fs_dir/$fs_key.aot"
}

# fast_start_ready: the runtime image and this build's AOT cache exist.
fast_start_ready() {
  [ -n "$fs_key" ] && [ -x "$fs_runtime/bin/java" ] && [ -s "$fs_cache" ]
}

# fast_start_java_args: the JVM arguments of the fast mode (without the flags of jvm.properties).
fast_start_java_args() {
  fs_args=("--module-path=$fs_module_path" --add-modules=ALL-MODULE-PATH -cp "$fs_class_path")
}

# fast_start_runtime: links the runtime image once per JDK (atomically: another checkout may
# be doing the same).
fast_start_runtime() {
  [ -x "$fs_runtime/bin/java" ] && return 0
  local mods tmp
  # Every module of the JDK but the empty compiler, jlink's own (which cannot be relinked), and
  # JDK Flight Recorder: with jdk.jfr in the boot layer Truffle registers its JFR events in every
  # run, which took a tenth of a second (profile with GOTRUFFLE_FAST_START=off).
  mods=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' |
    grep -v -e '^jdk\.graal\.compiler' -e '^jdk\.jlink$' -e '^jdk\.jpackage$' -e '^jdk\.jfr$' -e '^jdk\.management\.jfr$' |
    paste -sd, -) || return 1
  mkdir -p "$(dirname "$fs_runtime")" || return 1
  tmp="$fs_runtime.tmp.$$"
  rm -rf "$tmp"
  if ! "$JAVA_HOME/bin/jlink" --add-modules "$mods" --output "$tmp" --no-man-pages --no-header-files; then
    rm -rf "$tmp"
    return 1
  fi
  mv -T "$tmp" "$fs_runtime" 2>/dev/null || rm -rf "$tmp" # another checkout won the race
  [ -x "$fs_runtime/bin/java" ]
}

# fast_start_prepare [--wait] JVM_FLAGS...: makes the runtime image and this build's AOT cache
# by a training run; one at a time per checkout (a second caller returns at once, or with
# --wait when the first is done).
fast_start_prepare() {
  local lock=(-n)
  [ "${1:-}" = --wait ] && { lock=(); shift; }
  mkdir -p "$fs_dir" || return 1
  (
    if command -v flock >/dev/null 2>&1; then flock "${lock[@]}" 9 || exit 0; fi
    fast_start_ready && exit 0
    fast_start_runtime || exit 1
    fast_start_java_args
    local tmp="$fs_dir/training.$$.aot"
    # The training run: a small program over the packages most programs use, then the standby's
    # JIT warm-up program with no time for rounds: its engine, parse, check and start only
    # (launcher/FastStartTraining). Rounds of it (Graal's classes and method profiles in the cache)
    # had a fresh JVM compile ~700 more methods in a hello world and raised parked's peak by up to
    # 100 MB, with no CPU saved in the programs that compile (bench/RESULTS.md, "The AOT cache's training").
    if "$fs_runtime/bin/java" "$@" "${fs_args[@]}" -XX:AOTCacheOutput="$tmp" -Dgotruffle.jitwarmup.ms=0 \
        gotruffle.launcher.FastStartTraining "$fs_root/scripts/fast-start-training.go" </dev/null && [ -s "$tmp" ]; then
      find "$fs_dir" -maxdepth 1 -name '*.aot' ! -name "$(basename "$tmp")" -delete
      mv -f "$tmp" "$fs_cache"
    else
      rm -f "$tmp" "$tmp.config"
      exit 1
    fi
  ) 9>"$fs_dir/prepare.lock" >"$fs_dir/prepare.log" 2>&1
}
