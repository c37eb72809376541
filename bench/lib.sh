# What the benchmark scripts share, sourced by each after it sets ROOT: installing the tools they
# need, and target/jianbao.jar built from the sources as they are now.

APT_UPDATED=0
# apt_install PACKAGE…: installs Debian packages, as root or through sudo, updating the lists once.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ "$APT_UPDATED" -eq 0 ]; then
    $sudo apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# need_time: GNU time, which measures a build's wall and CPU time and peak memory.
need_time() {
  [ -x /usr/bin/time ] || { echo "installing time…" >&2; apt_install time; }
}

# fresh_jar: builds target/jianbao.jar if it is missing or older than the sources, theme or pom.
fresh_jar() {
  local jar="$ROOT/target/jianbao.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/themes" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    echo "building target/jianbao.jar…" >&2
    (cd "$ROOT" && mvn -q -B package -DskipTests)
  fi
}
