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

echo "creating $count running containers (network none, label $label)"
for i in $(seq 0 $((count - 1))); do
  docker run -d --network none --label "$label" --name "bench-$run-$i" "$image" >/dev/null
done

dotnet run --project bench/StatusBenchmark -c Release -- "$label" "bench-$run-0" "$rounds"
