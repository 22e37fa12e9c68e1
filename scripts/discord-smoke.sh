#!/usr/bin/env bash
# Live smoke test against real Discord (needs internet and a bot token; not part of the test suite):
# prints the bot user and its guilds, then disconnects cleanly.
# Usage: Discord__Token=<token> scripts/discord-smoke.sh   (or: scripts/discord-smoke.sh <token>)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
  export Discord__Token="$1"
fi
exec dotnet run --project tools/DiscordSmoke -c Release
