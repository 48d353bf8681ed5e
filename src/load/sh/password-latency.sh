#!/usr/bin/env bash
# Latency of a sign-in and of a password change in Mon compte, one request at a time, against a running
# server: the run command (database mode: an Argon2id check) or its ldap variant (a bind to the directory):
#
#   ./mvnw -Prun                                    # database mode
#   ./mvnw -Prun,run-ldap -Drun.ldap.url=ldap://127.0.0.1:3389/   # ldap mode, against src/test/ldap/slapd.sh
#   src/load/sh/password-latency.sh [count]         # in another terminal; needs curl
#
# A benchmark, not a test. It signs in as jdupont `count` times (default 100), then changes jdupont's
# password `count` times (each time to a password never used), and prints the median and 90th percentile
# of the POSTs that did what was asked (curl's time_total). jdupont keeps the last password: start from
# fresh data for another run (rm -rf .run-data before the run command; slapd.sh start for slapd).
set -euo pipefail
base="${BASE:-http://localhost:8080/sesame}"
count="${1:-100}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT

token() { grep sesame-form "$jar" | awk '{print $7}' | tail -1; }
viewstate() { grep -o 'jakarta.faces.ViewState[^>]*value="[^"]*' | head -1 | sed 's/.*value="//'; }

sign_in() {
    local page
    rm -f "$jar"
    page="$(curl -s -c "$jar" -b "$jar" "$base/connexion.xhtml")"
    curl -s -o /dev/null -w "%{time_total} %{http_code}\n" -c "$jar" -b "$jar" -H "Origin: ${base%/sesame}" \
        --data-urlencode "signin=signin" --data-urlencode "signin:identifier=jdupont" \
        --data-urlencode "signin:password=$1" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=stateless" --data-urlencode "sesame-form=$(token)" \
        --data-urlencode "primefaces.nonce=$(echo "$page" | grep -o 'nonce="[^"]*' | head -1 | sed 's/nonce="//')" \
        "$base/connexion.xhtml"
}

change() {
    local page
    page="$(curl -s -c "$jar" -b "$jar" "$base/mon-compte/mot-de-passe.xhtml")"
    curl -s -o /dev/null -w "%{time_total} %{http_code}\n" -c "$jar" -b "$jar" -H "Origin: ${base%/sesame}" \
        --data-urlencode "change-password=change-password" --data-urlencode "change-password:current=$1" \
        --data-urlencode "change-password:password=$2" --data-urlencode "change-password:confirmation=$2" \
        --data-urlencode "change-password:submit=" --data-urlencode "jakarta.faces.ViewState=$(echo "$page" | viewstate)" \
        "$base/mon-compte/mot-de-passe.xhtml"
}

# Only answers that did what was asked count (302: signed in, or changed); any other is reported as failed.
stats() {
    awk '$2 == 302 {print $1} $2 != 302 {failed++} END {if (failed) print "FAILED " failed > "/dev/stderr"}' \
        | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p90 %.1f ms (%d requests)\n", a[int(NR/2)+1]*1000, a[int(NR*0.9)]*1000, NR}'
}

demo="Tilleul-Ecorce-42"
echo "sign-in:  $(for _ in $(seq "$count"); do sign_in "$demo"; done | stats)"
suffix="$(date +%s)"
a="Glycine-Bleue-Horloge-a$suffix"; b="Glycine-Bleue-Horloge-b$suffix"
sign_in "$demo" >/dev/null
current="$demo"
echo "change:   $(for i in $(seq "$count"); do
    next=$([ $((i % 2)) -eq 1 ] && echo "$a$i" || echo "$b$i")
    change "$current" "$next"; current="$next"; sign_in "$current" >/dev/null
done | stats)"
echo "(jdupont's password is now $([ $((count % 2)) -eq 1 ] && echo "$a$count" || echo "$b$count"))"
