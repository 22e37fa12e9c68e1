# Shared by the benchmark scripts (sourced, not run): the busybox test image and sets of running containers.
# One image for all of them with the applets of the integration tests' image of the same name (TestImage), so whichever
# creates it first creates it right for the others.
bench_image=serverstatus-test/busybox:1

ensure_bench_image() {
  if docker image inspect "$bench_image" >/dev/null 2>&1 && docker run --rm --network none "$bench_image" /bin/sh -c 'command -v yes && command -v dd && command -v seq' >/dev/null 2>&1; then
    return
  fi
  local rootfs
  rootfs=$(mktemp -d)
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/data"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in sh sleep cat echo ls mkdir tar rm date touch head tail seq printf true false kill wc yes dd; do ln -s busybox "$rootfs/bin/$applet"; done
  tar -C "$rootfs" -c . | docker import -c 'CMD ["/bin/sh","-c","trap \"exit 0\" TERM; while true; do date; sleep 1; done"]' - "$bench_image" >/dev/null
  rm -rf "$rootfs"
}

# remove_labelled <label>: every container carrying the label, running or not.
remove_labelled() {
  docker ps -aq --filter "label=$1" | xargs -r docker rm -f >/dev/null
}

# run_containers <label> <name prefix> <count>: that many running containers, network none, named <prefix>-<i>.
run_containers() {
  echo "creating $3 running containers (network none, label $1)"
  for i in $(seq 0 $(($3 - 1))); do
    docker run -d --network none --label "$1" --name "$2-$i" "$bench_image" >/dev/null
  done
}

# build_bot_and_benchmark: the bot and bench/StatusBenchmark in Release; sets $bot to the bot's assembly (run as its own process).
build_bot_and_benchmark() {
  echo "building the bot and the benchmark (Release)"
  dotnet build src/Presentation.Discord -c Release -nologo -v q -clp:ErrorsOnly
  dotnet build bench/StatusBenchmark -c Release -nologo -v q -clp:ErrorsOnly
  bot=$(pwd)/src/Presentation.Discord/bin/Release/net10.0/ServerStatus.Presentation.Discord.dll
}
