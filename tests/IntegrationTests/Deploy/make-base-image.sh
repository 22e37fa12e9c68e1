#!/usr/bin/env bash
# Makes the base image the deploy tests build deploy/Dockerfile on, since no image registry is reachable here: what
# Microsoft's runtime-deps image holds (glibc, libstdc++, ICU, OpenSSL, CA certificates, zlib, time zones) plus libzstd,
# unpacked from Debian 12's packages by mmdebstrap (no maintainer scripts, no shell: seconds, ~60 MB) and imported
# into the engine. The tests tag it by a hash of this file, so an edit here makes a new one.
# Usage: make-base-image.sh <docker host> <image tag> <label key=value>
set -euo pipefail
host=$1 tag=$2 label=$3
mirror=${SERVERSTATUS_DEBIAN_MIRROR:-http://deb.debian.org/debian}

mmdebstrap --quiet --variant=extract \
  --include=base-files,libc6,libgcc-s1,libstdc++6,libicu72,libssl3,zlib1g,libzstd1,ca-certificates,tzdata \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --customize-hook='cat "$1"/usr/share/ca-certificates/mozilla/*.crt > "$1"/etc/ssl/certs/ca-certificates.crt' \
  --customize-hook='ldconfig -r "$1"' \
  bookworm - "$mirror" |
  docker -H "$host" import --change "LABEL $label" --message "serverstatus deploy test base" - "$tag" >/dev/null
