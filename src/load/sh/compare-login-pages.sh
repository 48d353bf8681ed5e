#!/usr/bin/env bash
# Sésame's anonymous pages against Keycloak's login page, on this machine, with the same wrk settings:
# the peer a university would pick instead (docs/performance.md). Sésame must be running (the run command).
# Keycloak's distribution comes from Maven Central and runs in production mode (start, HTTP allowed,
# its embedded dev-file database), measured about a minute after it answers, like Sésame.
#
#   src/load/sh/compare-login-pages.sh            (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
KC_VERSION=${KC_VERSION:-26.7.3}
KC_PORT=${KC_PORT:-8180}
SESAME=${SESAME:-http://localhost:8080/sesame}
SECONDS_EACH=${SECONDS_EACH:-30}
# A page's first seconds of traffic run partly in the interpreter: WARMUP=10 sends 10 s of the same load
# to each page first, unmeasured. WARMUP=0 measures each server as it is a minute after start.
WARMUP=${WARMUP:-0}
dir=target/keycloak
if [ ! -x "$dir/keycloak-$KC_VERSION/bin/kc.sh" ]; then
    ./mvnw -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$dir"
    (cd "$dir" && unzip -q -o "keycloak-quarkus-dist-$KC_VERSION.zip")
fi
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-load-test \
    "$dir/keycloak-$KC_VERSION/bin/kc.sh" start --http-enabled=true --http-port="$KC_PORT" \
    --hostname-strict=false > "$dir/keycloak.log" 2>&1 &
kc=$!
trap 'kill $kc 2>/dev/null; wait $kc 2>/dev/null || true' EXIT
login="http://localhost:$KC_PORT/realms/master/protocol/openid-connect/auth?client_id=account-console"
login+="&redirect_uri=http%3A%2F%2Flocalhost%3A$KC_PORT%2Frealms%2Fmaster%2Faccount%2F&response_type=code&scope=openid"
login+="&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$login" 2>/dev/null && break
    sleep 1
done
sleep 60
measure() {
    echo "== $1"
    if [ "$WARMUP" -gt 0 ]; then wrk -t2 -c32 -d"${WARMUP}s" "$2" > /dev/null; fi
    wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency "$2" | grep -E "Requests/sec|50%|99%|Non-2xx"
}
measure "Keycloak $KC_VERSION login page" "$login"
measure "Sésame sign-in page" "$SESAME/connexion.xhtml"
measure "Sésame Assistance" "$SESAME/assistance/"
measure "Sésame procedure 1" "$SESAME/assistance/question.xhtml"
measure "Sésame procedure 2" "$SESAME/assistance/adresse.xhtml"
