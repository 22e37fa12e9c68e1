#!/usr/bin/env bash
# Publishes the bot as one self-contained linux-x64 executable (no .NET needed where it runs) into
# artifacts/linux-x64/ — what deploy/Dockerfile copies — and packs that folder with the systemd unit and the
# settings example as artifacts/serverstatus-<version>-linux-x64.tar.gz, the release archive.
# Usage: scripts/publish.sh [--no-archive]
set -euo pipefail
cd "$(dirname "$0")/.."
archive=true
[ "${1:-}" = "--no-archive" ] && archive=false

out=artifacts/linux-x64
rm -rf "$out"
# Built apart in artifacts/publish-build: publishing for a runtime restores the host project for it, which in
# the usual obj/ folders would make the next ordinary build compile everything again.
dotnet publish src/Presentation.Discord -c Release -r linux-x64 --self-contained \
  -p:PublishSingleFile=true -p:DebugType=embedded \
  --artifacts-path artifacts/publish-build -o "$out" -nologo -v q -clp:ErrorsOnly
rm -f "$out"/*.staticwebassets.endpoints.json # the Web SDK's (empty) manifest: the bot serves no static files
echo "Published to $out/ ($(du -sh "$out" | cut -f1))"

if $archive; then
  version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
  name=serverstatus-$version-linux-x64
  staging=artifacts/$name
  rm -rf "$staging"
  mkdir -p "$staging"
  cp -a "$out"/. "$staging"/
  cp deploy/serverstatus.service "$staging"/
  cp deploy/.env.example "$staging"/serverstatus.env.example
  tar -C artifacts -czf "artifacts/$name.tar.gz" "$name"
  rm -rf "$staging"
  echo "Release archive: artifacts/$name.tar.gz"
fi
