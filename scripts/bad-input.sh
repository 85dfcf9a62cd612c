#!/usr/bin/env bash
# Bad-input suite (issue 9): builds the app, the CLI and the suite driver, then sends 300+ generated malformed inputs
# (uploads, API JSON, query strings, CLI input files and arguments, workflow definitions, contract field files) to the
# app on loopback and to the `review` command. Each must be answered with a 4xx and a message (HTTP) or exit code 2
# and a message (CLI; `workflows validate` exits 1, its "invalid" code), never a 500 or a crash; nothing saved
# before may change and `review audit verify` must still pass. Ends with "N passed, N failed"; exit 1 on failure.
# Usage: scripts/bad-input.sh [--port 5191] [--data /tmp/dir]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for project in src/ReviewEngine.Web src/ReviewEngine.Cli tools/ReviewEngine.Suites; do
  dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || { echo "build failed: $project" >&2; dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly; exit 1; }
done

exec dotnet tools/ReviewEngine.Suites/bin/Release/net10.0/ReviewEngine.Suites.dll bad-input --repo "$(pwd)" --port 5191 "$@"
