#!/usr/bin/env bash
# Configures the provisioned test server the way the docs tell IT to: one of wildfly-config's scripts with
# the site's values, then one secret put into standalone.xml only as an encrypted expression (made by
# wildfly-config/encrypt-password.sh). Offline (embed-server), before the tests start the server. Used by
# the ldap profile (src/test/ldap/configure-server.sh) and the oidc profile.
#
#   src/test/configure-server.sh <server dir> <wildfly-config script> <site.properties> <secret's system property> <secret>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server="$1"
script="$2"
site="$3"
property="$4"
secret="$5"
cli="$server/bin/jboss-cli.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

embedded() {  # the commands of file $1 on the server's configuration; extra jboss-cli options follow
    local commands="$work/script.cli"
    { echo "embed-server --std-out=discard --server-config=standalone.xml"; cat "$1"; echo "stop-embedded-server"; } >"$commands"
    shift
    "$cli" --file="$commands" "$@"
}

embedded "$here/../../wildfly-config/$script" --properties="$site" --resolve-parameter-values

# The two commands the docs give IT (the property replaced if an earlier run left one).
expression="$(echo "$secret" | JBOSS_HOME="$server" "$here/../../wildfly-config/encrypt-password.sh" --offline)"
echo "if (outcome == success) of /system-property=$property:read-resource
    /system-property=$property:remove
end-if
/system-property=$property:add(value=\"$expression\")" >"$work/secret.cli"
embedded "$work/secret.cli" >/dev/null
if grep -qF -- "$secret" "$server/standalone/configuration/standalone.xml"; then
    echo "$property is in clear text in standalone.xml" >&2
    exit 1
fi
echo "test server configured with $script, $property encrypted"
