#!/usr/bin/env bash
# Publishes the npm package of a release tag with provenance: publish-npm.sh vX.Y.Z. Refuses a tag
# that is not package.json's version.
set -euo pipefail
tag="$1"
version="$(node -p 'require("./package.json").version')"
if [ "$tag" != "v$version" ]; then
    echo "::error::tag $tag is not package.json's version v$version"
    exit 1
fi
npm publish --provenance --access public
