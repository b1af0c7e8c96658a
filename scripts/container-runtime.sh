#!/usr/bin/env bash
# A Docker-compatible container engine for the container target and its tests (docs/container.md).
# An engine that already answers (DOCKER_HOST, or Docker's socket) is used as it is; otherwise
# Podman, installed from Debian's packages when missing and we are root, configured for these
# machines and serving the Docker API on a socket. Idempotent, and quick when already set up.
#
#   . scripts/container-runtime.sh   exports DOCKER_HOST and the testcontainers settings into your
#                                    shell, and sets container_engine (empty: none could be had)
#   scripts/container-runtime.sh     only installs and starts the service
#
# It never fails the caller: without an engine the container tests skip with one line.

container_runtime_setup() {
  container_engine=''
  local ping='http://engine/_ping'
  # An engine already there: Docker on a CI runner or a laptop, or a socket set up before.
  local given="${DOCKER_HOST:-unix:///var/run/docker.sock}"
  if [[ "$given" == unix://* ]] && curl -fsS --max-time 3 --unix-socket "${given#unix://}" "$ping" >/dev/null 2>&1; then
    container_engine=docker-api
    echo "container-runtime: using the engine at $given" >&2
    return 0
  fi

  if ! command -v podman >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "container-runtime: no engine answers and podman is not installed (not root: not installing it); the container tests will skip" >&2
      return 0
    fi
    echo "container-runtime: installing podman and runc from Debian" >&2
    # CI has no stdin: no package may ask a question.
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc >/dev/null; }; then
      echo "container-runtime: could not install podman; the container tests will skip" >&2
      return 0
    fi
  fi

  # crun (Debian's default runtime) refuses this machine's hybrid cgroups, systemd is not there to
  # manage cgroups, and raising rlimits past the machine's is not permitted: runc, cgroupfs, and
  # ulimits within the machine's. Rootless Podman reads ~/.config/containers instead: not touched.
  if [ "$(id -u)" = 0 ] && ! grep -qs '^runtime = "runc"' /etc/containers/containers.conf; then
    mkdir -p /etc/containers
    cat >/etc/containers/containers.conf <<'CONF'
# Written by scripts/container-runtime.sh (ms-conformance-kit); see docs/container.md.
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF
  fi

  # The Docker-compatible API testcontainers talks to; --time=0: up until stopped, not 5 s idle.
  local socket=/run/podman/podman.sock
  [ "$(id -u)" = 0 ] || socket="${XDG_RUNTIME_DIR:-/tmp/podman-$(id -u)}/podman/podman.sock"
  if ! curl -fsS --max-time 3 --unix-socket "$socket" "$ping" >/dev/null 2>&1; then
    mkdir -p "$(dirname "$socket")"
    # From /: the containers' monitor (conmon) inherits the service's working directory, and a CI
    # clone that is later deleted would leave every later container unable to start.
    (cd / && nohup podman system service --time=0 "unix://$socket" >/tmp/podman-service.log 2>&1 &)
    local tries
    for tries in $(seq 1 100); do
      curl -fsS --max-time 1 --unix-socket "$socket" "$ping" >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  if ! curl -fsS --max-time 3 --unix-socket "$socket" "$ping" >/dev/null 2>&1; then
    echo "container-runtime: the podman API did not answer on $socket (see /tmp/podman-service.log); the container tests will skip" >&2
    return 0
  fi

  # testcontainers: the engine is Podman's socket; Ryuk, its reaper of leftover containers, is an
  # image that cannot be pulled without a registry (the kit stops its own containers); and ports
  # are reached on 127.0.0.1, not on an address guessed from the socket.
  export DOCKER_HOST="unix://$socket"
  export TESTCONTAINERS_RYUK_DISABLED=true
  export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
  container_engine=podman
  echo "container-runtime: podman $(podman --version | awk '{print $3}') serving the Docker API at $DOCKER_HOST" >&2
}

container_runtime_setup
