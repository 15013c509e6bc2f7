# "Bake" mode: a self-contained migrate image holding this project's schema/ and changesets/, for a
# Kubernetes Job or init container (see kubernetes/), where there is no folder to mount.
#
#   docker build -f migrations.Dockerfile -t registry.example.com/app-migrations:1.0.0 .
#
# Everything else comes from noorm's image: the entrypoint, the non-root user, /workspace.
ARG NOORM_IMAGE=ghcr.io/noorm/noorm:0.1
FROM ${NOORM_IMAGE}
COPY schema /workspace/schema
COPY changesets /workspace/changesets
