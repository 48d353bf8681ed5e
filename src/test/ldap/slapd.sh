#!/usr/bin/env bash
# A throw-away OpenLDAP server for Sésame's ldap suite and the ldap run command: Debian's slapd with the
# ppolicy overlay, the trimmed SupAnn/eduPerson/SCHAC schemas and the demo people of people.ldif.
#
#   src/test/ldap/slapd.sh start   # (re)creates it from scratch in $SESAME_LDAP_DIR, port $SESAME_LDAP_PORT
#   src/test/ldap/slapd.sh stop
#   src/test/ldap/slapd.sh pause | resume   # stop / start the same server, data kept (outage tests)
#
# Needs the Debian packages slapd and ldap-utils (.ci/run installs them). Outside target/ on purpose:
# `mvn clean` must not delete a running server's files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${SESAME_LDAP_DIR:-/tmp/sesame-slapd}"
port="${SESAME_LDAP_PORT:-3389}"
url="ldap://127.0.0.1:${port}/"

stop() {
    if [ -f "$dir/slapd.pid" ]; then
        kill "$(cat "$dir/slapd.pid")" 2>/dev/null || true
        for _ in $(seq 1 50); do [ -f "$dir/slapd.pid" ] || break; sleep 0.1; done
    fi
}

run() {
    slapd -h "$url" -F "$dir/slapd.d" -d stats >>"$dir/slapd.log" 2>&1 &
    for _ in $(seq 1 100); do
        ldapwhoami -x -H "$url" >/dev/null 2>&1 && break
        sleep 0.1
    done
    ldapwhoami -x -H "$url" >/dev/null || { tail -20 "$dir/slapd.log"; exit 1; }
}

start() {
    stop
    rm -rf "$dir" && mkdir -p "$dir/slapd.d" "$dir/data"
    sed -e "s|@DIR@|$dir|g" -e "s|@SCHEMA@|$here/schema|g" "$here/config.ldif" > "$dir/config.ldif"
    slapadd -n0 -F "$dir/slapd.d" -l "$dir/config.ldif" >"$dir/slapadd.log" 2>&1 \
        || { cat "$dir/slapadd.log"; exit 1; }
    run
    ldapadd -x -H "$url" -D cn=admin,dc=univ-test,dc=fr -w admin-test-only -f "$here/people.ldif" >"$dir/ldapadd.log" 2>&1 \
        || { cat "$dir/ldapadd.log"; exit 1; }
    echo "slapd answers at $url (suffix dc=univ-test,dc=fr, log $dir/slapd.log)"
}

case "${1:-}" in
    start) start ;;
    stop | pause) stop ;;
    resume) run ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
