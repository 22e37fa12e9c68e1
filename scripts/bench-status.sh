#!/usr/bin/env bash
# Benchmark of the status use cases against the docker CLI, in the same run, on N running
# containers (default 100). Needs a Docker engine (scripts/test.sh starts one) and busybox-static.
# Usage: scripts/bench-status.sh [containers] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
rounds=${2:-20}
run=$(date +%s)-$$
label="serverstatus.bench=$run"
. scripts/lib/bench.sh
ensure_bench_image
trap 'remove_labelled "$label"' EXIT

run_containers "$label" "bench-$run" "$count"

dotnet run --project bench/StatusBenchmark -c Release -- "$label" "bench-$run-0" "$rounds"
