#!/usr/bin/env bash
# The action self-test's assertions on a step's outputs: expect-output.sh <what> <actual> <expected>.
# tests/integration/action.test.ts asserts the same outputs locally, on the committed dist/.
set -euo pipefail
what="$1" actual="$2" expected="$3"
if [ "$actual" != "$expected" ]; then
    echo "::error::$what is \"$actual\", expected \"$expected\""
    exit 1
fi
echo "$what = $actual"
