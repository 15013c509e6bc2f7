# noorm as a container: the committed standalone bundle (dist/, the same bytes the GitHub Action runs)
# on Node. `docker build .` needs no network and works with the legacy builder as with BuildKit:
# no BuildKit-only syntax, no TARGETARCH. The base must be a glibc Linux with Node 22.12 or newer
# (dist/ carries glibc SQLite binaries); distroless would do without the shell this file uses.
ARG NODE_IMAGE=node:24-bookworm-slim

# Stage 1: dist/ without the SQLite binaries of other platforms. Under buildx and QEMU this stage
# runs on the target platform, so Node's own process.arch names the one binary to keep.
FROM ${NODE_IMAGE} AS bundle
COPY dist/ /opt/noorm/
RUN node -e "const fs = require('node:fs'); const dir = '/opt/noorm/prebuilds'; const keep = 'linux-' + process.arch + '.node'; \
        if (!fs.existsSync(dir + '/' + keep)) throw new Error('dist/ has no SQLite binary for ' + keep); \
        for (const file of fs.readdirSync(dir)) if (file !== keep) fs.rmSync(dir + '/' + file);" \
    && node /opt/noorm/noorm.js --version

# Stage 2: the image. Files are root's and world-readable, so any UID runs them; one COPY, no
# separate chmod/chown layer that would store the files twice.
FROM ${NODE_IMAGE}
ARG NOORM_VERSION=0.1.0
ARG NOORM_SOURCE=https://github.com/noorm/noorm
LABEL org.opencontainers.image.title="noorm" \
      org.opencontainers.image.description="Database schema & changeset manager: plain SQL in your own dialect, tracked by checksum. PostgreSQL, MySQL/MariaDB, SQLite and SQL Server." \
      org.opencontainers.image.version="${NOORM_VERSION}" \
      org.opencontainers.image.source="${NOORM_SOURCE}" \
      org.opencontainers.image.licenses="MIT"
COPY --from=bundle /opt/noorm/ /opt/noorm/
# A fixed non-root user; `docker run --user <any uid>` works as well, since nothing noorm needs belongs
# to one user. /workspace is where the project is mounted (or baked in with COPY); it is writable by
# every UID, as /tmp is, for a SQLite file when nothing is mounted there.
RUN groupadd --gid 10001 noorm \
    && useradd --uid 10001 --gid 10001 --no-log-init --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin noorm \
    && mkdir -m 1777 /workspace
# Headless always (no TUI waiting for keys, even with -t). Each container starts afresh, so Node's
# compile cache would be written for nobody.
ENV CI=1 \
    NODE_DISABLE_COMPILE_CACHE=1
USER 10001:10001
WORKDIR /workspace
# Exec form, node directly: noorm is PID 1, receives `docker stop`'s SIGTERM itself (rolls back, releases
# the lock, exits 143), and its exit code is the container's.
ENTRYPOINT ["node", "/opt/noorm/noorm.js"]
