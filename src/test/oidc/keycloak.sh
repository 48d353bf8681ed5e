#!/usr/bin/env bash
# A throw-away Keycloak (the Quarkus distribution from Maven Central, dev mode) for the single sign-on
# suite: the realm univ-test of realm-univ-test.json - the client sesame (confidential, PKCE S256 required,
# redirect and post-logout addresses of the test server), the demo people, a sesame-support group.
#
#   src/test/oidc/keycloak.sh start <distribution zip>   # (re)creates it in $SESAME_KEYCLOAK_DIR, starts it in the background
#   src/test/oidc/keycloak.sh wait                       # until the realm answers (a first start takes ~2 min)
#   src/test/oidc/keycloak.sh stop
#
# SESAME_KEYCLOAK_REUSE=true keeps a Keycloak that already answers (and leaves it running at stop): for a
# developer running the suite again and again; CI starts a fresh one.
# Outside target/ on purpose: `mvn clean` must not delete a running server's files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${SESAME_KEYCLOAK_DIR:-/tmp/sesame-keycloak}"
port="${SESAME_KEYCLOAK_PORT:-8180}"
realm="http://localhost:${port}/realms/univ-test"

stop() {
    if [ -f "$dir/keycloak.pid" ]; then
        pid="$(cat "$dir/keycloak.pid")"
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 -- "-$pid" 2>/dev/null || true
        rm -f "$dir/keycloak.pid"
    fi
}

start() {
    local zip="$1"
    # A developer running the suite again and again may keep one Keycloak up (its realm is the test one).
    if [ "${SESAME_KEYCLOAK_REUSE:-false}" = "true" ] && curl -fsS -o /dev/null "$realm/.well-known/openid-configuration" 2>/dev/null; then
        echo "Keycloak already answers at $realm (SESAME_KEYCLOAK_REUSE=true): kept"
        return 0
    fi
    stop
    rm -rf "$dir" && mkdir -p "$dir"
    unzip -q "$zip" -d "$dir"
    local home
    home="$(echo "$dir"/keycloak-*)"
    mkdir -p "$home/data/import"
    cp "$here/realm-univ-test.json" "$home/data/import/"
    # The admin account exists only in this throw-away server; the management port is moved off 9000.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-test-only \
        setsid "$home/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$((port + 1))" \
        --import-realm >"$dir/keycloak.log" 2>&1 < /dev/null &
    echo $! >"$dir/keycloak.pid"
    echo "Keycloak starting at http://localhost:${port}/ (log $dir/keycloak.log)"
}

wait_ready() {
    for _ in $(seq 1 300); do
        if curl -fsS -o /dev/null "$realm/.well-known/openid-configuration" 2>/dev/null; then
            echo "Keycloak answers: $realm"
            return 0
        fi
        if [ -f "$dir/keycloak.pid" ] && ! kill -0 "$(cat "$dir/keycloak.pid")" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    echo "Keycloak did not start:" >&2
    tail -40 "$dir/keycloak.log" >&2
    exit 1
}

case "${1:-}" in
    stop) [ "${SESAME_KEYCLOAK_REUSE:-false}" = "true" ] && exit 0; stop ;;
    start) start "${2:?the Keycloak distribution zip}" ;;
    wait) wait_ready ;;
    *) echo "usage: $0 start <zip> | wait | stop" >&2; exit 2 ;;
esac
