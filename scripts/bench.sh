#!/usr/bin/env bash
# The bot's benchmark, end to end: the published bot (scripts/publish.sh's single-file executable, the runtime settings
# of the deployment files) runs as its own process against the fake Discord and the real engines; commands are injected
# at the fake Discord and timed to the reply arriving there, beside the docker CLI and the bare Engine API in the same
# rounds (interleaved), medians and p95. Parts (all by default; name some to re-run only those):
#   startup   process start → Identify / READY handled, idle RSS and its split, assemblies, RSS after 100 status + 20 cards
#             (restarts on 100 running containers)
#   card      `$status <server>` as the first thing after a fresh start: first reply, and the edit carrying CPU
#   overview  `$status` over --servers containers on two engines (a fifth of each engine's share running a sleep, the
#             rest created and never started) vs `docker ps -a` and GET /containers/json per engine
#   backup    `$backup` of a volume of mixed data vs `docker cp | zstd -1`, the bot's RSS every 100 ms during and after
# Each part writes artifacts/bench/<part>.md; bench.md joins them under the machine, commit and load.
# Needs both engines (scripts/test.sh starts them: /var/run/docker.sock, /var/run/docker2.sock), busybox-static, zstd.
# The backup part measures a bot restarted once after the start that created its database, as a service restarts.
# Usage: scripts/bench.sh [startup|card|overview|backup|all]... [--servers 1000] [--rounds 20] [--restarts 5]
#                         [--containers 100] [--backup-mib 256,1024] [--backup-rounds 4] [--no-publish]
set -euo pipefail
cd "$(dirname "$0")/.."
parts=()
servers=1000
rounds=20
restarts=5
containers=100
backup_mib=256,1024
backup_rounds=4
publish=true
while [ $# -gt 0 ]; do
  case $1 in
    startup|card|overview|backup) parts+=("$1") ;;
    all) parts+=(startup card overview backup) ;;
    --servers) servers=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --restarts) restarts=$2; shift ;;
    --containers) containers=$2; shift ;;
    --backup-mib) backup_mib=$2; shift ;;
    --backup-rounds) backup_rounds=$2; shift ;;
    --no-publish) publish=false ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
  shift
done
[ ${#parts[@]} -eq 0 ] && parts=(startup card overview backup)

engine1=unix:///var/run/docker.sock
engine2=unix:///var/run/docker2.sock
export SERVERSTATUS_TEST_DOCKER=$engine1 SERVERSTATUS_TEST_DOCKER2=$engine2
run=$(date +%s)-$$
run_label="serverstatus.bench.run=$run" # on everything this run creates, for the clean-up
. scripts/lib/bench.sh

cleanup() {
  remove_labelled "$run_label" "$engine1"
  remove_labelled "$run_label" "$engine2"
}
trap cleanup EXIT

for engine in "$engine1" "$engine2"; do
  docker -H "$engine" version >/dev/null 2>&1 || { echo "No Docker engine answers at $engine (scripts/test.sh starts both)." >&2; exit 1; }
  ensure_bench_image "$engine"
done

if $publish || [ ! -x artifacts/linux-x64/ServerStatus.Presentation.Discord ]; then
  scripts/publish.sh --no-archive
fi
dotnet build bench/StatusBenchmark -c Release -nologo -v q -clp:ErrorsOnly
bot=artifacts/linux-x64/ServerStatus.Presentation.Discord
benchmark() { dotnet bench/StatusBenchmark/bin/Release/net10.0/ServerStatus.StatusBenchmark.dll "$@"; }

# The runtime settings the deployment files give the bot (deploy/serverstatus.service, deploy/Dockerfile): BenchBot passes
# BENCH_DOTNET_* on as DOTNET_* and BENCH_MALLOC_* as MALLOC_* (glibc's).
export BENCH_DOTNET_GCgen0size=0x400000
export BENCH_MALLOC_ARENA_MAX=2

missed=()
part() { # part <name> <benchmark arguments...>: runs one part; a missed goal or a failure does not stop the others
  echo "== $1 ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
  local name=$1
  shift
  benchmark "$@" || missed+=("$name")
}
selected() { [[ " ${parts[*]} " == *" $1 "* ]]; }

if selected startup || selected card; then
  label="serverstatus.bench=$run-status"
  run_containers "$label" "bench-$run" "$containers" "$engine1" --label "$run_label"
  selected startup && part startup startup "$label" "bench-$run-0" "$restarts" "$bot"
  # The card of a server from the middle of the list: not the one the bot reads at start to warm the path up.
  selected card && part card card "$label" "bench-$run-$((containers / 2))" "$restarts" "$bot"
  remove_labelled "$label" "$engine1"
fi

if selected overview; then
  label="serverstatus.bench=$run-overview"
  per_engine=$((servers / 2))
  running=$((per_engine / 5))
  for engine in "$engine1" "$engine2"; do
    bench_command="sleep 86400" run_containers "$label" "ov-$run-${engine##*/}-run" "$running" "$engine" --label "$run_label"
    create_containers "$label" "ov-$run-${engine##*/}-new" $((per_engine - running)) "$engine" --label "$run_label"
  done
  part overview overview "$label" $((per_engine * 2)) "$rounds" "$bot"
  remove_labelled "$label" "$engine1"
  remove_labelled "$label" "$engine2"
fi

if selected backup; then
  largest=$(tr ',' '\n' <<<"$backup_mib" | sort -n | tail -1)
  free_mib=$(df -m --output=avail "${TMPDIR:-/tmp}" | tail -1)
  docker_free_mib=$(df -m --output=avail "$(docker info -f '{{.DockerRootDir}}')" | tail -1)
  # The volume, one archive of ours and one of the CLI at a time (at most the data's size each), and room to spare.
  if [ "$free_mib" -lt $((largest * 3 + 2048)) ] || [ "$docker_free_mib" -lt $((largest + 2048)) ]; then
    echo "Not enough free disk for a $largest MiB backup benchmark (${free_mib} MiB free in ${TMPDIR:-/tmp}, ${docker_free_mib} MiB for the engine)." >&2
    missed+=(backup)
  else
    label="serverstatus.bench=$run-backup"
    name="bench-backup-$run"
    docker volume create --label "$label" --label "$run_label" "$name" >/dev/null
    docker run -d --network none --label "$label" --label "$run_label" --name "$name" -v "$name:/data" "$bench_image" >/dev/null
    part backup backup "$label" "$name" "$backup_mib" "$backup_rounds" "$bot"
    remove_labelled "$label" "$engine1"
  fi
fi

{
  echo "## Benchmark (scripts/bench.sh)"
  echo
  echo "Assembled $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, Linux $(uname -r), $(docker version -f '{{.Server.Version}}') engines;" \
    "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench scripts || echo ' (with local changes)'); parts run now: ${parts[*]}" \
    "(the others are from earlier runs: each part says when it was measured and the machine's load then)."
  for p in startup card overview backup; do
    if [ -f "artifacts/bench/$p.md" ]; then echo; cat "artifacts/bench/$p.md"; fi
  done
} > artifacts/bench/bench.md
echo "wrote artifacts/bench/bench.md"
if [ ${#missed[@]} -gt 0 ]; then
  echo "goals missed or part failed: ${missed[*]}"
  exit 1
fi
