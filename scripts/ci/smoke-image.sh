#!/usr/bin/env bash
# Smoke test of a built image, as users run it: --version, schema-example/ built on SQLite in a
# mounted folder as the calling user, a failing file passing exit 1 through, and, when
# NOORM_SMOKE_POSTGRES_URL names a server (an admin URL), schema-example/ on a fresh PostgreSQL
# database over the host network, twice (the second run skips everything).
#
#   scripts/ci/smoke-image.sh <image> [platform]     e.g. noorm:test linux/arm64
set -euo pipefail
cd "$(dirname "$0")/../.."

image="${1:?usage: smoke-image.sh <image> [platform]}"
run=(docker run --rm --network host)
[ -n "${2:-}" ] && run+=(--platform "$2")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r schema-example "$work/project"
rm -f "$work/project"/*.sqlite
chmod -R a+rX "$work"

check() { # <expected exit code> <what> <docker run arguments…>
    local expected="$1" what="$2" code=0
    shift 2
    "${run[@]}" "$@" >"$work/out" 2>&1 || code=$?
    if [ "$code" != "$expected" ]; then
        echo "FAIL $what: exit $code, expected $expected" >&2
        cat "$work/out" >&2
        exit 1
    fi
    echo "ok   $what (exit $code)"
}

check 0 "--version" "$image" --version
check 0 "run build on SQLite as $(id -u):$(id -g)" -u "$(id -u):$(id -g)" -v "$work/project:/workspace" \
    -e NOORM_DIALECT=sqlite -e NOORM_DATABASE=smoke.sqlite "$image" run build
printf 'SELECT * FROM no_such_table;\n' >"$work/project/schema/900_fails.sql"
check 1 "a failing file" -u "$(id -u):$(id -g)" -v "$work/project:/workspace" \
    -e NOORM_DIALECT=sqlite -e NOORM_DATABASE=smoke.sqlite "$image" run build
rm "$work/project/schema/900_fails.sql"

if [ -n "${NOORM_SMOKE_POSTGRES_URL:-}" ]; then
    url="${NOORM_SMOKE_POSTGRES_URL%/*}/noorm_smoke_$$"
    env=(-v "$work/project:/workspace:ro" -e "NOORM_URL=$url" -e "NOORM_IDENTITY=smoke test <smoke@example.com>")
    check 0 "db create on PostgreSQL" "${env[@]}" "$image" db create
    check 0 "run build on PostgreSQL" "${env[@]}" "$image" run build
    check 0 "change ff on PostgreSQL" "${env[@]}" "$image" change ff
    "${run[@]}" "${env[@]}" "$image" run build --json >"$work/again.json" 2>"$work/out"
    if grep -q '"status": "success"' "$work/again.json"; then
        echo "FAIL the second build ran files again" >&2
        exit 1
    fi
    echo "ok   a second build skips everything"
    check 0 "db destroy" "${env[@]}" "$image" db destroy --yes
fi
