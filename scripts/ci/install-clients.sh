#!/usr/bin/env bash
# The databases' own command-line clients the tests compare noorm against (sqlite3, psql and pg_dump,
# mariadb/mysql and their dump tools), and the tools the tests check the repository with (shellcheck,
# docker-compose; tmux, in which the terminal UI's test runs it). Installs only what is missing; a test
# whose tool is still missing says so loudly.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

packages=()
command -v sqlite3 >/dev/null || packages+=(sqlite3)
{ command -v psql >/dev/null && command -v pg_dump >/dev/null; } || packages+=(postgresql-client)
{ command -v mariadb >/dev/null && command -v mariadb-dump >/dev/null; } || { command -v mysql >/dev/null && command -v mysqldump >/dev/null; } || packages+=(mariadb-client)
command -v shellcheck >/dev/null || packages+=(shellcheck)
command -v docker-compose >/dev/null || packages+=(docker-compose)
command -v tmux >/dev/null || packages+=(tmux)
if [ "${#packages[@]}" -eq 0 ]; then
    echo "clients: all there"
    exit 0
fi
echo "clients: installing ${packages[*]}"
as_root apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null \
    || { as_root apt-get update >/dev/null && as_root apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null; } \
    || echo "warning: could not install ${packages[*]}; the tests that use them will say they skipped"
