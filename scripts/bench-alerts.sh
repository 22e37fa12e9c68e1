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
image=serverstatus-test/busybox:1

if ! docker image inspect "$image" >/dev/null 2>&1; then
  rootfs=$(mktemp -d)
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/data"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in sh sleep cat echo ls mkdir tar rm date touch head tail; do ln -s busybox "$rootfs/bin/$applet"; done
  tar -C "$rootfs" -c . | docker import -c 'CMD ["/bin/sh","-c","trap \"exit 0\" TERM; while true; do date; sleep 1; done"]' - "$image" >/dev/null
  rm -rf "$rootfs"
fi

cleanup() {
  docker ps -aq --filter "label=$label" | xargs -r docker rm -f >/dev/null
}
trap cleanup EXIT

echo "building the bot and the benchmark (Release)"
dotnet build src/Presentation.Discord -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/StatusBenchmark -c Release -nologo -v q -clp:ErrorsOnly
bot=$(pwd)/src/Presentation.Discord/bin/Release/net10.0/ServerStatus.Presentation.Discord.dll

echo "creating $count running containers (network none, label $label)"
for i in $(seq 0 $((count - 1))); do
  docker run -d --network none --label "$label" --name "bench-$run-$i" "$image" >/dev/null
done

dotnet bench/StatusBenchmark/bin/Release/net10.0/ServerStatus.StatusBenchmark.dll alerts "$label" "$kills" "$bot"
