#!/usr/bin/env bash
# Benchmark of the status board and the resource history: N running containers (default 100) on one board, then
# state changes outside the bot (docker kill / docker start, default 10 per minute) for a while (default 300 s; a short
# run such as 30 is a smoke test). Reports the board's edits, 429s (the fake Discord enforces 5 message writes per 5 s
# per channel) and bytes per edit; the sampling cost (engine calls per minute, counted by a proxy in front of the
# engine's socket, and the bot's CPU % of one core, first with sampling only, then with the changes); and the chart
# render times for 1h, 24h and 30d. The bot runs as its own process (its Release build output) with Metrics enabled.
# Needs a Docker engine (scripts/test.sh starts one) and busybox-static.
# Usage: scripts/bench-board.sh [seconds] [containers] [changes per minute]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
count=${2:-100}
per_minute=${3:-10}
run=$(date +%s)-$$
label="serverstatus.bench=$run"
. scripts/lib/bench.sh
ensure_bench_image
trap 'remove_labelled "$label"' EXIT

build_bot_and_benchmark

run_containers "$label" "board-$run" "$count"

dotnet bench/StatusBenchmark/bin/Release/net10.0/ServerStatus.StatusBenchmark.dll board "$label" "$seconds" "$per_minute" "$bot"
