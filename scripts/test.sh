#!/usr/bin/env bash
# The one test command (README): installs what the tests need when it is missing, starts Docker
# engines when none answer (and stops only what it started), builds, runs every test project, prints
# each project's wall time, and as its very last line "N passed, N failed" summed over all test cases.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results="$root/artifacts/test-results"
started_pids=()

say() { echo "[test.sh] $*" >&2; }

cleanup() {
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
}
trap cleanup EXIT

install_missing() {
  local packages=()
  command -v dockerd >/dev/null 2>&1 || packages+=(docker.io)
  dpkg -s busybox-static >/dev/null 2>&1 || packages+=(busybox-static)
  dpkg -s libzstd1 >/dev/null 2>&1 || packages+=(libzstd1) # the fast zstd codec of backups (normally always there)
  [ -x /usr/bin/chromium ] || packages+=(chromium) # the dashboard's browser tests (Playwright drives Debian's Chromium)
  # The deploy tests: a Debian base for the image (no registry is reachable), compose and systemd unit checks.
  command -v mmdebstrap >/dev/null 2>&1 || packages+=(mmdebstrap)
  command -v docker-compose >/dev/null 2>&1 || packages+=(docker-compose)
  command -v systemd-analyze >/dev/null 2>&1 || packages+=(systemd)
  command -v docker-registry >/dev/null 2>&1 || packages+=(docker-registry) # a registry on loopback for the image-update tests
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing ${packages[*]}"
    if [ "$(id -u)" -ne 0 ]; then
      say "need root to install ${packages[*]}: run as root or install them first"
      return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null 2>&1 || { say "the .NET SDK (dotnet) is missing: install .NET SDK 10.0"; return 1; }
}

engine_answers() { docker -H "unix://$1" version >/dev/null 2>&1; }

# start_engine SOCKET [extra dockerd args...]: starts dockerd with the safe flags unless one answers.
start_engine() {
  local socket=$1; shift
  if engine_answers "$socket"; then
    say "Docker engine already answers at $socket"
    return 0
  fi
  say "starting a Docker engine at $socket"
  dockerd --host "unix://$socket" --bridge=none --iptables=false --ip-masq=false --ip-forward=false "$@" \
    >"$results/dockerd-$(basename "$socket").log" 2>&1 &
  started_pids+=($!)
  for _ in $(seq 1 120); do
    engine_answers "$socket" && return 0
    sleep 0.5
  done
  say "the Docker engine at $socket did not start; see $results/dockerd-$(basename "$socket").log"
  return 1
}

count() { # sums one counter attribute over all TRX files
  local attribute=$1 total=0 value
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    value=$(grep -o "<Counters [^>]*" "$trx" | grep -o " $attribute=\"[0-9]*\"" | grep -o "[0-9]*")
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

rm -rf "$results"
mkdir -p "$results"

status=0
timings=()
install_missing || status=1
if [ $status -eq 0 ]; then
  start_engine /var/run/docker.sock || status=1
  start_engine /var/run/docker2.sock --data-root /var/lib/docker2 --exec-root /var/run/docker2 \
    --pidfile /var/run/docker2.pid || status=1
fi

# The fake Discord checks recorded request bodies against Discord's published API schemas with Node.
spec=tests/IntegrationTests/FakeDiscord/Rest/spec
if [ $status -eq 0 ] && command -v npm >/dev/null 2>&1 && [ ! -d "$spec/node_modules" ]; then
  say "installing the Discord API schemas for the spec check"
  npm ci --prefix "$spec" --no-audit --no-fund --loglevel=error >/dev/null || say "npm ci failed: the spec check will report that it could not run"
fi

if [ $status -eq 0 ]; then
  say "building"
  dotnet build ServerStatus.sln -c Release -nologo -v q -clp:ErrorsOnly || status=1
fi

if [ $status -eq 0 ]; then
  export SERVERSTATUS_TEST_DOCKER=unix:///var/run/docker.sock
  export SERVERSTATUS_TEST_DOCKER2=unix:///var/run/docker2.sock
  [ -d "$spec/node_modules/discord-api-spec" ] && export SERVERSTATUS_SPEC_CHECK=required
  for project in tests/UnitTests tests/IntegrationTests; do
    say "testing $project"
    started=$SECONDS
    dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$(basename "$project").trx" --results-directory "$results" \
      --blame-hang-timeout 10m || status=1
    timings+=("$project: $((SECONDS - started)) s")
  done
fi

for timing in "${timings[@]}"; do
  echo "[test.sh] $timing"
done

passed=$(count passed)
failed=$(count failed)
if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a failure outside the test cases (install, engine, build) still fails the run
fi
echo "$passed passed, $failed failed"
exit $status
