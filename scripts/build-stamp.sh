# Sourced by ./gotruffle and scripts/build-stamp-check: when is a build that Maven made on its own
# (./run-tests' `mvn verify`, mvn package/install by hand) the current one?

# gotruffle_maven_build ROOT: prints the newest module jar when every module's jar (rewritten at every
# package: forceCreation in the root pom) is newer than that module's pom and sources, and the newest
# jar newer than the root pom and jvm.properties; fails otherwise.
gotruffle_maven_build() {
  local root=$1 module jar newest=""
  for module in grammar runtime interpreter; do
    jar=$(ls "$root/$module/target/gotruffle-$module-"*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || return 1
    [ -z "$(find "$root/$module/pom.xml" "$root/$module/src" -newer "$jar" -print -quit 2>/dev/null)" ] || return 1
    if [ -z "$newest" ] || [ "$jar" -nt "$newest" ]; then newest=$jar; fi
  done
  [ -z "$(find "$root/pom.xml" "$root/jvm.properties" -newer "$newest" -print -quit 2>/dev/null)" ] || return 1
  echo "$newest"
}
