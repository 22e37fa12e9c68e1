#!/usr/bin/env bash
# Backup throughput: our backup (archive API → zstd -1 → file, fsynced, through the real composition) vs
# `docker cp <c>:/data - | zstd -1 > f` in the same run, on a volume of mixed data (half random,
# a quarter text, a quarter zeros). Each side runs several rounds; ours reports its first (cold) backup
# and the median of the others (a running bot), the CLI its median. Also prints the peak memory of the
# bot process, which should stay flat whatever the data size.
# Needs a Docker engine (scripts/test.sh starts one), zstd and busybox-static.
# Usage: scripts/bench-backup.sh [MiB] [rounds] (default 1024 MiB, 4 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-1024}
rounds=${2:-4}
run=$(date +%s)-$$
label="serverstatus.bench=$run"
name="bench-backup-$run"
volume="bench-backup-$run"
work=$(mktemp -d)

. scripts/lib/bench.sh
ensure_bench_image

cleanup() {
  docker rm -f "$name" >/dev/null 2>&1 || true
  docker volume rm -f "$volume" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

docker volume create --label "$label" "$volume" >/dev/null
docker run -d --network none --label "$label" --label "serverstatus.name=$name" --name "$name" -v "$volume:/data" "$bench_image" >/dev/null
half=$((mib / 2)); quarter=$((mib / 4))
echo "filling /data with $mib MiB of mixed data"
docker exec "$name" sh -c "mkdir -p /data/random /data/text /data/zeros
  for i in \$(seq 1 $half); do dd if=/dev/urandom of=/data/random/r\$i bs=1M count=1 2>/dev/null; done
  yes 'level=42 player=Steve x=123.5 y=64 z=-87.25 saved chunk region' | head -c $((quarter * 1024 * 1024)) > /data/text/log.txt
  dd if=/dev/zero of=/data/zeros/z bs=1M count=$quarter 2>/dev/null"

dotnet build bench/BackupBenchmark -c Release -v q -nologo >/dev/null
ours=$(dotnet bench/BackupBenchmark/bin/Release/net10.0/ServerStatus.BackupBenchmark.dll "$label" "$name" "$work/ours" "$rounds")
echo "ours: $ours"
cold_seconds=$(sed -E 's/.*cold_seconds=([0-9.]+).*/\1/' <<<"$ours")
warm_seconds=$(sed -E 's/.*warm_seconds=([0-9.]+).*/\1/' <<<"$ours")
our_bytes=$(sed -E 's/.*archive_bytes=([0-9]+).*/\1/' <<<"$ours")
peak=$(sed -E 's/.*peak_rss_kib_after=([0-9]+).*/\1/' <<<"$ours")

cli_runs=()
for _ in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  docker cp "$name:/data" - | zstd -1 -q > "$work/cli.tar.zst"
  end=$(date +%s.%N)
  cli_runs+=("$(echo "$end - $start" | bc -l)")
  cli_bytes=$(stat -c %s "$work/cli.tar.zst")
  rm -f "$work/cli.tar.zst"
done
cli_seconds=$(printf '%s\n' "${cli_runs[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }')

awk -v mib="$mib" -v cold="$cold_seconds" -v warm="$warm_seconds" -v cs="$cli_seconds" -v ob="$our_bytes" -v cb="$cli_bytes" -v peak="$peak" -v rounds="$rounds" 'BEGIN {
  scale = mib * 1.048576;
  printf "data: %d MiB, %d rounds each\n", mib, rounds;
  printf "ours, running bot (median):  %7.1f MB/s  (%.2f s, archive %.1f MB, fsynced)\n", scale / warm, warm, ob / 1e6;
  printf "ours, first after start:     %7.1f MB/s  (%.2f s)\n", scale / cold, cold;
  printf "docker cp | zstd (median):   %7.1f MB/s  (%.2f s, archive %.1f MB)\n", scale / cs, cs, cb / 1e6;
  printf "ratio ours/cli = %.2f running, %.2f first (goal >= 0.8)\n", cs / warm, cs / cold;
  printf "peak RSS of the bot process: %.1f MiB\n", peak / 1024;
}'
