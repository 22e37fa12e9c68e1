#!/usr/bin/env bash
# Benchmark of the watch: with N running containers (default 100), the time from `docker kill -s KILL` (outside the
# bot) to the incident POSTed at the fake Discord, beside the time the engine takes to report the die event to a bare
# events subscriber, in the same rounds. The bot runs as its own process (its Release build output).
# Needs a Docker engine (scripts/test.sh starts one) and busybox-static.
# Usage: scripts/bench-alerts.sh [containers] [kills]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
kills=${2:-20}
run=$(date +%s)-$$
label="serverstatus.bench=$run"
. scripts/lib/bench.sh
ensure_bench_image
trap 'remove_labelled "$label"' EXIT

build_bot_and_benchmark

run_containers "$label" "bench-$run" "$count"

dotnet bench/StatusBenchmark/bin/Release/net10.0/ServerStatus.StatusBenchmark.dll alerts "$label" "$kills" "$bot"
