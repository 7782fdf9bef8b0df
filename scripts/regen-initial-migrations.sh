#!/usr/bin/env bash
# Regenerates a module's "Initial" migration for the three providers from its current model. Only for modules whose
# schema has never been released (nothing to upgrade from); afterwards add real migrations with `dotnet ef migrations add`.
# Usage: scripts/regen-initial-migrations.sh Platform
set -euo pipefail
module="${1:?module id, e.g. Platform}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
project="src/Modules/$module"
# One regeneration at a time: several people (or helpers) may touch the same module's model.
exec 9>"/tmp/msw-migrations-$module.lock"
flock 9
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
rm -rf "$project/Data/Migrations"
for pair in Sqlite:Sqlite SqlServer:SqlServer Postgres:PostgreSql; do
  context="${module}${pair%%:*}DbContext"
  dotnet ef migrations add Initial --no-build --project "$project" --context "$context" --output-dir "Data/Migrations/${pair##*:}" >/dev/null ||
    dotnet ef migrations add Initial --project "$project" --context "$context" --output-dir "Data/Migrations/${pair##*:}"
done
# dotnet-ef writes public classes; modules keep everything but their module class internal (architecture tests).
grep -rl "public partial class" "$project/Data/Migrations" | xargs -r sed -i 's/public partial class/internal partial class/'
echo "regenerated $project/Data/Migrations"
