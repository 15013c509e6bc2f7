#!/usr/bin/env bash
# Keyless cosign signature of a pushed image, by digest: the workflow's OIDC identity (id-token: write)
# is the signer, recorded in the public transparency log. Needs a registry, so only the docker workflow
# runs it, never .ci/run.
#
#   scripts/ci/sign-image.sh <image>@<digest>
set -euo pipefail
ref="${1:?usage: sign-image.sh <image>@sha256:…}"
case "$ref" in *@sha256:*) ;; *) echo "sign-image.sh: sign a digest, not a tag: $ref" >&2; exit 2 ;; esac
# GHCR names are lower case; github.repository need not be.
ref="$(printf '%s' "${ref%@*}" | tr '[:upper:]' '[:lower:]')@${ref#*@}"
cosign sign --yes "$ref"
cosign verify "$ref" \
    --certificate-identity-regexp "^${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/" \
    --certificate-oidc-issuer https://token.actions.githubusercontent.com >/dev/null
echo "signed $ref"
