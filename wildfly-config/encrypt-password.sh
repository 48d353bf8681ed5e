#!/usr/bin/env bash
# Sésame — turns a password (the database's, the SMTP relay's, the directory service account's) into an
# encrypted expression, so that neither standalone.xml nor site.properties holds it in clear text
# (docs/deploying.md, "Passwords out of clear text").
#
#   JBOSS_HOME=/opt/wildfly wildfly-config/encrypt-password.sh [--offline] [jboss-cli options]
#
# Asks for the password twice without showing it (or reads one line from standard input when that is not a
# terminal), makes sure the server has Sésame's key (secrets.cli), and prints the ${ENC::sesame:…}
# expression. By default it talks to the running server (jboss-cli --connect; add --controller=host:9990
# and credentials as usual); --offline works on the stopped server's standalone.xml instead.
# The password reaches jboss-cli in a file only this user can read, deleted at exit: never on a command
# line (where ps shows it) nor in jboss-cli's history.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}/bin/jboss-cli.sh"
offline=false
if [ "${1:-}" = "--offline" ]; then
    offline=true
    shift
fi

if [ -t 0 ]; then
    read -rsp "Password: " password && echo >&2
    read -rsp "Same password again: " again && echo >&2
    if [ "$password" != "$again" ]; then
        echo "The two passwords differ: nothing done." >&2
        exit 1
    fi
else
    IFS= read -r password || true
fi
if [ -z "$password" ]; then
    echo "No password given: nothing done." >&2
    exit 1
fi
# Inside jboss-cli's quotes a backslash and a double quote are escaped; every other character is itself.
quoted="${password//\\/\\\\}"
quoted="${quoted//\"/\\\"}"

umask 077
export JAVA_OPTS="${JAVA_OPTS:-} -Dfile.encoding=UTF-8"   # the password may hold any letter: jboss-cli reads it as UTF-8
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
    if $offline; then echo "embed-server --std-out=discard --server-config=standalone.xml"; fi
    cat "$here/secrets.cli"
    echo "/subsystem=elytron/expression=encryption:create-expression(resolver=sesame, clear-text=\"$quoted\")"
    if $offline; then echo "stop-embedded-server"; fi
} >"$work/encrypt.cli"

if $offline; then
    output="$("$cli" --file="$work/encrypt.cli" "$@" 2>&1)" || status=$?
else
    output="$("$cli" --connect --file="$work/encrypt.cli" "$@" 2>&1)" || status=$?
fi
expression="$(grep -o '\${ENC::sesame:[^}]*}' <<<"$output" | head -n 1 || true)"
if [ "${status:-0}" -ne 0 ] || [ -z "$expression" ]; then
    echo "jboss-cli did not encrypt the password:" >&2
    grep -v 'clear-text' <<<"$output" >&2 || true   # its echo of the command would show the password
    exit 1
fi
echo "$expression"
if [ -t 1 ]; then
    echo "In site.properties, with the \$ doubled so that jboss-cli writes the expression itself:" >&2
    echo "    sesame.db.password=\$$expression" >&2
fi
