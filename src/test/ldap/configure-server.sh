#!/usr/bin/env bash
# Configures the provisioned test server for directory mode the way docs/ldap.md tells IT to: ldap.cli
# with the site's values (here src/test/ldap/site.properties, pointed at the given URL), then the service
# account's password put into standalone.xml only as an encrypted expression.
#
#   src/test/ldap/configure-server.sh <server dir> <ldap url>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed "s|^sesame.ldap.urls=.*|sesame.ldap.urls=$2|" "$here/site.properties" >"$work/site.properties"
"$here/../configure-server.sh" "$1" ldap.cli "$work/site.properties" sesame.ldap.bind-password sesame-service-test-only
