# Sourced by ./gotruffle: the JVM command line of the last run, kept in target/launch-cache.sh so
# that a run does not work it out again (finding the JDK, reading jvm.properties, the fast-start
# keys: about twenty programs started, ~40 ms of a served hello world on a quiet machine).
# The cache holds for the build it was made after (newer than the build stamp and jvm.properties)
# and for the same values of the variables the command line depends on; the files it names must
# still exist. Anything else: the command line is worked out as before and the cache rewritten.

# The variables the command line depends on, as the run found them (before the JDK search
# exports JAVA_HOME), as one string.
printf -v launch_cache_inputs '%q ' "${JAVA_HOME:-}" "${GOTRUFFLE_FAST_START:-}" "${XDG_CACHE_HOME:-}" "${HOME:-}"

# launch_cache_load ROOT STAMP: sets java_cmd, exports JAVA_HOME and sets gotruffle_stamp_time
# (the build stamp's time, part of a standby's key) from the cache; fails when it does not hold.
launch_cache_load() {
  local cache="$1/target/launch-cache.sh" lc_inputs lc_java_home="" lc_stamp_time="" lc_files=() lc_java_cmd=() f
  [ -f "$cache" ] && [ "$cache" -nt "$2" ] && [ "$cache" -nt "$1/jvm.properties" ] || return 1
  # shellcheck source=/dev/null
  . "$cache" 2>/dev/null || return 1
  [ "$lc_inputs" = "$launch_cache_inputs" ] && [ ${#lc_java_cmd[@]} -gt 0 ] && [ -n "$lc_java_home" ] || return 1
  # a JDK updated in place, or one installed where the search looks
  [ "$cache" -nt "$lc_java_home/release" ] && [ "$cache" -nt /usr/lib/jvm ] || return 1
  for f in "${lc_files[@]}"; do
    [ -e "$f" ] || return 1
  done
  export JAVA_HOME=$lc_java_home
  java_cmd=("${lc_java_cmd[@]}")
  gotruffle_stamp_time=$lc_stamp_time
}

# launch_cache_save ROOT STAMP JAVA_CMD...: writes the cache (atomically: runs may read it meanwhile).
launch_cache_save() {
  local root=$1 stamp=$2 tmp f files=()
  shift 2
  gotruffle_stamp_time=$(stat -c %Y "$stamp" 2>/dev/null) || return 0
  # what the command line names that a clean or a new fast-start cache removes
  for f in "$@"; do
    case "$f" in
      -XX:AOTCache=*) files+=("${f#-XX:AOTCache=}") ;;
    esac
  done
  files+=("$1")
  tmp="$root/target/launch-cache.sh.$$"
  {
    printf 'lc_inputs=%q\n' "$launch_cache_inputs"
    printf 'lc_java_home=%q\n' "$JAVA_HOME"
    printf 'lc_stamp_time=%q\n' "$gotruffle_stamp_time"
    printf 'lc_files=('; printf '%q ' "${files[@]}"; printf ')\n'
    printf 'lc_java_cmd=('; printf '%q ' "$@"; printf ')\n'
  } >"$tmp" 2>/dev/null && mv -f "$tmp" "$root/target/launch-cache.sh" 2>/dev/null || rm -f "$tmp"
}
