#!/usr/bin/env bash
# Points the major tag (v1 for v1.4.2) at the release tag's commit and pushes it, so workflows with
# `uses: noorm/noorm@v1` get the release: move-major-tag.sh vX.Y.Z.
set -euo pipefail
tag="$1"
if ! [[ "$tag" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
    echo "::error::$tag is not a vX.Y.Z tag"
    exit 1
fi
major="v${BASH_REMATCH[1]}"
git tag -f "$major" "$tag^{commit}"
git push -f origin "refs/tags/$major"
echo "$major -> $tag"
