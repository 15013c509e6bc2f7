#!/usr/bin/env bash
# The action's install-only mode, as a later `run:` step uses it: `noorm` from PATH (the action's
# shim on its own Node), configured by the NOORM_* variables the action exported.
# noorm-in-run-step.sh <project folder>. tests/integration/action.test.ts runs the shim locally.
set -euo pipefail
cd "$1"
noorm --version
noorm run build
noorm change ff
noorm change list
