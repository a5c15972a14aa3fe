# Sourced by ./mvnw and bin/local-cloud: make JAVA_HOME point at a JDK >= 21.
# The machine's default java may be older; a newer JDK is often installed beside it.
_jobbstotte_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
_jobbstotte_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(_jobbstotte_java_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] 2>/dev/null && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(_jobbstotte_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  best="" best_major=0
  # mvnw runs with globbing off (set -f); the search below needs it.
  case $- in *f*) set +f; _jobbstotte_noglob=1 ;; esac
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(_jobbstotte_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then best=$candidate best_major=$major; fi
  done
  [ -z "${_jobbstotte_noglob-}" ] || set -f
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "Jobbstøtte pipeline needs a JDK 21 or newer and found none (JAVA_HOME='${JAVA_HOME-}')." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}
_jobbstotte_find_jdk || exit 1
