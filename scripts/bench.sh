#!/usr/bin/env bash
# The bot's own benchmark, end to end on the published bot run as its own process (scripts/publish.sh output, its
# production runtime settings) against the fake Discord and the real engine, on N running containers (default 100):
# start-up (process start → gateway Identify and → READY handled) and resident memory (idle after READY, its split
# into code and anonymous memory, the assemblies loaded, after 100 status + 20 cards), over several restarts
# (default 5). Writes the table to artifacts/bench/startup.md. Needs a Docker engine (scripts/test.sh starts one) and
# busybox-static.
# Usage: scripts/bench.sh [containers] [restarts]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
restarts=${2:-5}
run=$(date +%s)-$$
label="serverstatus.bench=$run"
. scripts/lib/bench.sh
ensure_bench_image
trap 'remove_labelled "$label"' EXIT

scripts/publish.sh --no-archive
dotnet build bench/StatusBenchmark -c Release -nologo -v q -clp:ErrorsOnly
run_containers "$label" "bench-$run" "$count"

# The runtime settings the deployment files give the bot (deploy/serverstatus.service, deploy/Dockerfile).
export BENCH_DOTNET_GCgen0size=0x400000
dotnet bench/StatusBenchmark/bin/Release/net10.0/ServerStatus.StatusBenchmark.dll startup "$label" "bench-$run-0" "$restarts" artifacts/linux-x64/ServerStatus.Presentation.Discord
