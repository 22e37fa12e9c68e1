#!/usr/bin/env bash
# Writes the idempotent SQL Server deployment script (every migration, each guarded by IF NOT EXISTS),
# for a DBA to review and run. Needs no SQL Server. Usage: scripts/db-script.sh [output file]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/serverstatus-sqlserver.sql}
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/Infrastructure.Migrations.SqlServer --startup-project src/Infrastructure.Migrations.SqlServer \
  --context SqlServerServerStatusDbContext --output "$out"
echo "SQL Server script written to $out"
