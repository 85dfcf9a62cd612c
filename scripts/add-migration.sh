#!/usr/bin/env bash
# Adds an EF Core migration for both providers (ADR 0007): SQLite (ReviewDbContext) and PostgreSQL
# (PostgreSqlReviewDbContext). Usage: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
project=src/ReviewEngine.Infrastructure
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context ReviewDbContext --project "$project" --startup-project "$project"
dotnet ef migrations add "$name" --context PostgreSqlReviewDbContext --output-dir Persistence/Migrations/PostgreSql \
  --namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql --project "$project" --startup-project "$project"
# With --namespace, dotnet-ef writes the model snapshot under a namespace-shaped folder: keep it beside its migrations.
if [ -d "$project/ReviewEngine" ]; then
  find "$project/ReviewEngine" -name '*ModelSnapshot.cs' -exec mv {} "$project/Persistence/Migrations/PostgreSql/" \;
  rm -rf "$project/ReviewEngine"
fi
