#!/usr/bin/env bash
# The test suite on the Node that is first on PATH when this starts: a CI job's Node 22 or 24 from
# setup-node, or the pinned Node of node_modules/.bin when .ci/run puts it first. `npm test` cannot
# do this: npm puts the pinned `node` devDependency first on PATH, so it would always run on 24.
# Lint, build and type-check run through npm (any Node builds the same lib/); jest and every CLI the tests
# start (process.execPath) run on this Node.
#
#   scripts/ci/test-suite.sh [jest arguments…]     NOORM_EXPECT_NODE=22 fails unless that major runs
set -euo pipefail
cd "$(dirname "$0")/../.."

node_bin="$(command -v node)"
version="$("$node_bin" --version)"
echo "test suite on Node $version ($node_bin)"
if [ -n "${NOORM_EXPECT_NODE:-}" ] && [[ "$version" != "v${NOORM_EXPECT_NODE}."* ]]; then
    echo "expected Node ${NOORM_EXPECT_NODE}.x, found $version" >&2
    exit 1
fi
"$node_bin" scripts/check-node.js
npm run lint
npm run build
npm run typecheck
NODE_OPTIONS=--experimental-vm-modules "$node_bin" node_modules/jest/bin/jest.js "$@"
