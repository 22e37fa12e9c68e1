# Shared by the benchmark scripts (sourced, not run): the busybox test image and sets of containers on an engine.
# One image for all of them with the applets of the integration tests' image of the same name (TestImage), so whichever
# creates it first creates it right for the others. Every function takes the engine last, as a docker host
# (unix:///var/run/docker2.sock); without it, the CLI's default engine.
bench_image=serverstatus-test/busybox:1

# bench_docker <host> <docker arguments...>: the CLI on that engine (the default one when host is empty).
bench_docker() {
  local host=$1
  shift
  if [ -n "$host" ]; then docker -H "$host" "$@"; else docker "$@"; fi
}

# ensure_bench_image [host]
ensure_bench_image() {
  local host=${1:-}
  if bench_docker "$host" image inspect "$bench_image" >/dev/null 2>&1 && bench_docker "$host" run --rm --network none "$bench_image" /bin/sh -c 'command -v yes && command -v dd && command -v seq' >/dev/null 2>&1; then
    return
  fi
  local rootfs
  rootfs=$(mktemp -d)
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/data"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in sh sleep cat echo ls mkdir tar rm date touch head tail seq printf true false kill wc yes dd; do ln -s busybox "$rootfs/bin/$applet"; done
  tar -C "$rootfs" -c . | bench_docker "$host" import -c 'CMD ["/bin/sh","-c","trap \"exit 0\" TERM; while true; do date; sleep 1; done"]' - "$bench_image" >/dev/null
  rm -rf "$rootfs"
}

# remove_labelled <label> [host]: every container carrying the label, running or not, and every volume carrying it.
remove_labelled() {
  bench_docker "${2:-}" ps -aq --filter "label=$1" | xargs -r docker ${2:+-H "$2"} rm -f >/dev/null
  bench_docker "${2:-}" volume ls -q --filter "label=$1" | xargs -r docker ${2:+-H "$2"} volume rm -f >/dev/null
}

# run_containers <label> <name prefix> <count> [host] [more docker run options...]: that many running containers,
# network none, named <prefix>-<i> (4 at a time), running the image's command (a date a second, for log tails) or
# $bench_command when set (e.g. "sleep 86400": hundreds of containers that cost the machine nothing).
run_containers() {
  echo "creating $3 running containers (network none, label $1${4:+, on $4}${bench_command:+, running $bench_command})"
  # shellcheck disable=SC2086 # the command's words are separate arguments
  seq 0 $(($3 - 1)) | xargs -P 4 -I{} docker ${4:+-H "$4"} run -d --network none --label "$1" "${@:5}" --name "$2-{}" "$bench_image" ${bench_command:-} >/dev/null
}

# create_containers <label> <name prefix> <count> [host] [more labels...]: that many created containers that never
# start (no shim, no process: a crowded engine without a swamped machine), network none, named <prefix>-<i>.
create_containers() {
  echo "creating $3 created-but-not-started containers (network none, label $1${4:+, on $4})"
  seq 0 $(($3 - 1)) | xargs -P 4 -I{} docker ${4:+-H "$4"} create --network none --label "$1" "${@:5}" --name "$2-{}" "$bench_image" >/dev/null
}

# build_bot_and_benchmark: the bot and bench/StatusBenchmark in Release; sets $bot to the bot's assembly (run as its own process).
build_bot_and_benchmark() {
  echo "building the bot and the benchmark (Release)"
  dotnet build src/Presentation.Discord -c Release -nologo -v q -clp:ErrorsOnly
  dotnet build bench/StatusBenchmark -c Release -nologo -v q -clp:ErrorsOnly
  bot=$(pwd)/src/Presentation.Discord/bin/Release/net10.0/ServerStatus.Presentation.Discord.dll
}
