# Sourced by ./gotruffle: `run` handed to a standby JVM, started after the previous run and
# already warm (gotruffle.launcher.Standby explains the Java side). Measured in bench/RESULTS.md.
#
# A standby is used only by a client with exactly its JVM command line and build (stamp's time),
# umask, limits and the environment variables the JVM process itself reads (standby_jvm_vars:
# JVM options, locale, TZ, the dynamic loader's and glibc's, GOTRUFFLE_*): the key of
# target/standby/KEY is a hash of all of them. Every other variable (GOMAXPROCS, GODEBUG, PATH,
# HOME, a user's own...) is the program's only: the runtime reads them from its context's
# environment, which the client sends whole, so one standby serves them all. The working
# directory is not part of the key either: the program sees files only through its context's
# directory, which the client sends (scripts/test-standby checks os.Getwd, relative names and
# os.ReadDir from two folders, and os.Environ and GOMAXPROCS in another environment). The client
# claims a standby by renaming KEY (only one client can), writes its pid, directory, environment
# and arguments, and waits: the standby takes the client's standard streams (pidfd_getfd),
# says "started", runs the program as the client would have, and sends the exit code, which
# the client exits with. Until "started" the client can still run the program itself (a dead
# or refusing standby); after it, the client forwards the signals it gets (INT, TERM, HUP, QUIT,
# TSTP/CONT) and, should the standby die without a code, exits as a JVM killed by the same
# signal would (128+n), or with 137. Each standby serves one run; after a run the next one is
# started, once the client has exited, and leaves by itself after STANDBY_IDLE seconds.
# `--no-daemon` or GOTRUFFLE_STANDBY=off: no standby is used or started; GOTRUFFLE_STANDBY=wait:
# a client waits for a standby still being started (tests, benchmarks; `./gotruffle --wait-standby`
# only waits, with the environment of the run to come); GOTRUFFLE_STANDBY_LOG=FILE:
# a line is appended to FILE for each run a standby served (tests).
#
# At most GOTRUFFLE_STANDBY_MAX (default 2) standbys wait or start at a time, over all keys: a
# client that starts one for a new key first retires the oldest waiting ones (each by renaming
# its directory to retired.*, which no client can then claim, and only then stopping its JVM).
# A standby holds no file of its starter but /dev/null (a pipe of the caller's would stay open).

standby_idle_seconds=300

# The variables the JVM, the dynamic loader or glibc read in the JVM's process (at its start or
# later, from the process's own environment: the charset of file names, the default time zone,
# the resolver): a standby serves only clients with the same ones. GOTRUFFLE_* are our switches
# (some are read once per JVM, as GOTRUFFLE_STARTUP_TRACE).
standby_jvm_vars=(JAVA_ JDK_ _JAVA_ LD_ MALLOC_ LC_ GRAAL TRUFFLE POLYGLOT GOTRUFFLE_)
standby_jvm_var_names=(CLASSPATH GLIBC_TUNABLES LANG LANGUAGE TZ TZDIR NLSPATH GCONV_PATH LOCPATH RES_OPTIONS
  LOCALDOMAIN HOSTALIASES)

# standby_init ROOT JAVA_CMD...: the standby directory and this client's key (builtins but for
# one md5sum: this runs before every served program). The build stamp's time comes from
# gotruffle_stamp_time when the launch cache knew it.
standby_init() {
  sb_dir="$1/target/standby"
  local sb_root=$1 key prefix name names=() # (not through sb_dir: target/standby may not exist yet)
  shift
  printf -v key '%q ' "$@"
  # the build: a rebuild changes the classes behind the same command line
  [ -n "${gotruffle_stamp_time:-}" ] || gotruffle_stamp_time=$(stat -c %Y "$sb_root/.gotruffle-build-stamp" 2>/dev/null) || true
  key+=$'\n'"${gotruffle_stamp_time:-}"$'\n'"$(umask; ulimit -a)"$'\n'
  # the exported variables of standby_jvm_vars / standby_jvm_var_names, by name
  for prefix in "${standby_jvm_vars[@]}"; do
    eval 'names+=("${!'"$prefix"'@}")'
  done
  for name in "${names[@]}" "${standby_jvm_var_names[@]}"; do
    [[ -v $name && ${!name@a} == *x* ]] && printf -v key '%s%q=%q\n' "$key" "$name" "${!name}"
  done
  sb_key=$(md5sum <<<"$key")
  sb_key=${sb_key:0:16}
}

# standby_run ARGS...: runs the command in a waiting standby and exits with its code; returns
# (having run nothing) when there is none or it could not start.
standby_run() {
  local claimed="$sb_dir/claimed.$$" cwd vars=()
  [ "${GOTRUFFLE_STANDBY:-}" != wait ] || standby_wait_ready
  [ -d "$sb_dir/$sb_key" ] || return 1
  cwd=$(pwd -P) || return 1 # (a removed folder: the JVM would see it as it is)
  # the environment as the JVM would get it (see java_cmd in ./gotruffle)
  mapfile -t -d '' vars < <(env -0 -u _ "SHLVL=$((${SHLVL:-1} - 1))")
  mv -T "$sb_dir/$sb_key" "$claimed" 2>/dev/null || return 1
  local spid line
  { IFS= read -r spid <"$claimed/pid"; } 2>/dev/null || { rm -rf "$claimed"; return 1; }
  # Signals go to the standby from now on (one that comes before the program starts ends
  # the standby, and then the client, as it would have ended the JVM).
  sb_signal=""
  local s
  for s in INT TERM HUP QUIT; do
    # shellcheck disable=SC2064
    # (no 2>/dev/null: not a moment of redirected fds before "started")
    trap "sb_signal=$s; [ -d /proc/$spid ] && kill -$s $spid" "$s"
  done
  trap "[ -d /proc/$spid ] && kill -STOP $spid; kill -STOP \$\$" TSTP # Ctrl-Z stops both; fg continues both
  trap "[ -d /proc/$spid ] && kill -CONT $spid" CONT
  # Read-write opens of the FIFOs never block, even if the standby is gone.
  exec 3<>"$claimed/rep" 4<>"$claimed/req"
  # From here until "started" this shell must not redirect its fds 0-2, not even for a moment
  # (as `cmd >&4` does): the standby takes them meanwhile. So a subshell writes the request.
  (printf '%s\0' "$(($# + 3 + ${#vars[@]}))" "$$" "$cwd" "${#vars[@]}" "${vars[@]}" "$@" >&4)
  if ! standby_read_line "$spid" || [ "$line" != started ]; then
    trap - INT TERM HUP QUIT TSTP CONT
    exec 3<&- 4<&-
    rm -rf "$claimed"
    [ -z "$sb_signal" ] || exit $((128 + $(kill -l "$sb_signal")))
    return 1
  fi
  [ -z "${GOTRUFFLE_STANDBY_LOG:-}" ] || echo "client $$ served by standby $spid" >>"$GOTRUFFLE_STANDBY_LOG"
  # the next standby, while the program runs (not after it, in the run's wall time)
  standby_spawn_after_exit
  standby_read_line "$spid"
  local code=$line
  trap - INT TERM HUP QUIT TSTP CONT
  exec 3<&- 4<&-
  rm -rf "$claimed"
  if [[ "$code" =~ ^[0-9]+$ ]]; then
    exit "$code"
  fi
  if [ -n "$sb_signal" ]; then
    exit $((128 + $(kill -l "$sb_signal")))
  fi
  exit 137
}

# standby_wait_ready [warm]: waits while a standby for this key is starting (at most ten
# minutes: a JVM's start and training run took minutes at load 40); succeeds when one is
# published (tests: GOTRUFFLE_STANDBY=wait), with "warm" only once its JIT warm-up is over
# (`--wait-standby`, and so bench/run: the standby a user who pauses a few seconds gets).
standby_wait_ready() {
  local i spawn pid waiting cold=0
  for ((i = 0; i < 6000; i++)); do
    if [ -d "$sb_dir/$sb_key" ]; then
      # (the standby makes the file; a warm-up that overruns its budget under load: a minute at most)
      [ "${1:-}" != warm ] || [ -e "$sb_dir/$sb_key/warm" ] || [ $((cold++)) -ge 600 ] || { sleep 0.1; continue; }
      return 0
    fi
    waiting=0
    for spawn in "$sb_dir/spawn.$sb_key".*; do
      pid=$(cat "$spawn/pid" 2>/dev/null) || continue # (also: no match, the pattern itself)
      [ -n "$pid" ] && [ -d "/proc/$pid" ] && waiting=1
    done
    # (a standby publishes itself by renaming spawn.KEY.N to KEY: it may have done so between
    # the two looks above)
    [ "$waiting" = 1 ] || [ -d "$sb_dir/$sb_key" ] || return 1
    sleep 0.1
  done
  return 1
}

# standby_read_line PID: the next line from fd 3 into $line; fails when PID died without one.
standby_read_line() {
  local part=""
  line=""
  while :; do
    # read -t keeps what it had read when the time is up (or a trap ran): part of the line
    if IFS= read -r -u 3 -t 0.2 line; then
      line="$part$line"
      return 0
    fi
    part+=$line
    [ -d "/proc/$1" ] || { # not `kill -0 PID 2>/dev/null`: no redirections (see standby_run)
      # it may have written just before dying
      if IFS= read -r -u 3 -t 0.01 line; then
        line="$part$line"
        return 0
      fi
      return 1
    }
  done
}

# standby_spawn_after_exit: starts the next standby for this key once this process (or the
# JVM it becomes by exec) has exited, in a process group of its own (terminal signals meant for
# the current run must not reach it). Needs sb_java (the JVM command line) and sb_training.
standby_spawn_after_exit() {
  [ -d "$sb_dir/$sb_key" ] && return 0
  mkdir -p "$sb_dir" 2>/dev/null || return 0
  # what died without cleaning up (starts that failed, killed standbys)
  local d
  for d in "$sb_dir"/spawn.* "$sb_dir"/expired.* "$sb_dir"/claimed.* "$sb_dir"/retired.*; do
    [ -d "$d" ] && ! [ -d "/proc/$(cat "$d/pid" 2>/dev/null || echo none)" ] && rm -rf "$d"
  done
  # one standby on its way per key (a loop of runs must not start one JVM per run)
  compgen -G "$sb_dir/spawn.$sb_key.*" >/dev/null && return 0
  standby_make_room || return 0
  local tmp="$sb_dir/spawn.$sb_key.$$" new="$sb_dir/new.$$"
  rm -rf "$new"
  mkdir "$new" && mkfifo "$new/req" "$new/rep" 2>/dev/null || { rm -rf "$new"; return 0; }
  local me=$$
  set -m
  (
    standby_close_fds
    # (GNU tail polls without starting a program each time: the client may run for long)
    tail --pid="$me" -s 0.05 -f /dev/null 2>/dev/null || while kill -0 "$me" 2>/dev/null; do sleep 0.05; done
    exec "${sb_java[@]}" gotruffle.launcher.Standby \
      "$tmp" "$sb_dir/$sb_key" "$standby_idle_seconds" "$sb_training"
  ) </dev/null >/dev/null 2>&1 &
  set +m
  # the subshell becomes the standby JVM (exec): its pid is in the directory before others see it
  echo "$!" >"$new/pid"
  mv -T "$new" "$tmp" 2>/dev/null || rm -rf "$new"
}

# standby_make_room: retires the oldest waiting standbys (any key) until one more fits under
# GOTRUFFLE_STANDBY_MAX; fails when it cannot (all are still starting).
standby_make_room() {
  local max=${GOTRUFFLE_STANDBY_MAX:-2} starting ready=() d
  [[ "$max" =~ ^[0-9]+$ ]] || max=2
  starting=$(compgen -G "$sb_dir/spawn.*" | wc -l)
  # waiting standbys are named by their key (16 hex digits); oldest first
  while IFS= read -r d; do
    [[ "${d##*/}" =~ ^[0-9a-f]{16}$ ]] && ready+=("$d")
  done < <(ls -1dtr "$sb_dir"/* 2>/dev/null)
  for d in "${ready[@]}"; do
    [ $((${#ready[@]} + starting)) -lt "$max" ] && break
    standby_retire "$d"
    ready=("${ready[@]:1}")
  done
  [ $((${#ready[@]} + starting)) -lt "$max" ]
}

# standby_retire DIR: stops the standby published as DIR, unless a client claims it first.
standby_retire() {
  local gone="$sb_dir/retired.$$.$RANDOM" pid
  mv -T "$1" "$gone" 2>/dev/null || return 0 # claimed (or retired) meanwhile
  pid=$(cat "$gone/pid" 2>/dev/null)
  # only if that pid still is a standby JVM (not a reused pid)
  if [ -n "$pid" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q ' gotruffle\.launcher\.Standby '; then
    kill -TERM "$pid" 2>/dev/null
  fi
  rm -rf "$gone"
}

# standby_close_fds: closes this (sub)shell's descriptors above 2.
standby_close_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
  done 2>/dev/null
}
