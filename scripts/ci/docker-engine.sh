#!/usr/bin/env bash
# Makes sure a Docker engine answers: when none does, installs Debian's docker.io if needed and starts
# dockerd in the background without the networking features this project's VMs lack (containers then
# reach the host's servers with --network host). Writes the PID of a dockerd it started to the file
# given (so the caller can stop it, by that PID); a machine where no engine can start is not an
# error: the image tests then skip with a loud banner.
#
#   scripts/ci/docker-engine.sh <pid file>
set -euo pipefail

pid_file="${1:?usage: docker-engine.sh <pid file>}"
rm -f "$pid_file"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

if docker info >/dev/null 2>&1; then
    echo "docker: an engine answers"
    exit 0
fi
if ! command -v dockerd >/dev/null; then
    as_root apt-get install -y --no-install-recommends docker.io >/dev/null \
        || { as_root apt-get update >/dev/null && as_root apt-get install -y --no-install-recommends docker.io >/dev/null; } \
        || { echo "*** docker: could not install docker.io; the image tests will skip ***"; exit 0; }
fi
log="$(dirname "$pid_file")/dockerd.log"
# Started here, not through a function or subshell, so that $! is dockerd itself (or sudo, which passes
# signals on to it).
flags=(--bridge=none --iptables=false --ip-masq=false)
if [ "$(id -u)" = 0 ]; then
    dockerd "${flags[@]}" >"$log" 2>&1 &
else
    # shellcheck disable=SC2024 # the log is the caller's file, written as the caller on purpose
    sudo -n dockerd "${flags[@]}" >"$log" 2>&1 &
fi
echo $! >"$pid_file"
for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && { echo "docker: started dockerd (pid $(cat "$pid_file"))"; exit 0; }
    sleep 0.5
done
echo "*** docker: dockerd did not answer within 30 s; the image tests will skip. Its log: ***"
tail -n 20 "$log" || true
