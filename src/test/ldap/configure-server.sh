#!/usr/bin/env bash
# Configures the provisioned test server for directory mode the way docs/ldap.md tells IT to: ldap.cli
# with the site's values (here src/test/ldap/site.properties), then the service account's password put
# into standalone.xml only as an encrypted expression. Offline (embed-server), before the tests start it.
#
#   src/test/ldap/configure-server.sh <server dir> <ldap url>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server="$1"
url="$2"
cli="$server/bin/jboss-cli.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

embedded() {  # the commands of file $1 on the server's configuration; extra jboss-cli options follow
    local script="$work/script.cli"
    { echo "embed-server --std-out=discard --server-config=standalone.xml"; cat "$1"; echo "stop-embedded-server"; } >"$script"
    shift
    "$cli" --file="$script" "$@"
}

sed "s|^sesame.ldap.urls=.*|sesame.ldap.urls=$url|" "$here/site.properties" >"$work/site.properties"
embedded "$here/../../../wildfly-config/ldap.cli" --properties="$work/site.properties" --resolve-parameter-values

# The two commands docs/ldap.md gives IT (the property replaced if an earlier run left one).
expression="$(echo sesame-service-test-only | JBOSS_HOME="$server" "$here/../../../wildfly-config/encrypt-password.sh" --offline)"
echo "if (outcome == success) of /system-property=sesame.ldap.bind-password:read-resource
    /system-property=sesame.ldap.bind-password:remove
end-if
/system-property=sesame.ldap.bind-password:add(value=\"$expression\")" >"$work/password.cli"
embedded "$work/password.cli" >/dev/null
if grep -q 'sesame-service-test-only' "$server/standalone/configuration/standalone.xml"; then
    echo "the bind password is in clear text in standalone.xml" >&2
    exit 1
fi
echo "test server configured for directory mode ($url), bind password encrypted"
