#!/usr/bin/env bash
# Security suite (issue 18): builds the app, the CLI and the suite driver, then replays the break-it review's findings
# against the app on loopback with a fresh data folder: precedents for experts, bad normative metadata, a lost race,
# over-long text and ids, Idempotency-Key, security headers, the page cookie on /api, and sessions ended by
# `review users disable` / `reset-password`, hostile uploads (macros, remote templates, path names), login throttling
# and `review users unlock`. Ends with "N passed, N failed"; exit 1 on failure.
# Usage: scripts/security.sh [--port 5194] [--data /tmp/dir]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for project in src/ReviewEngine.Web src/ReviewEngine.Cli tools/ReviewEngine.Suites; do
  dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || { echo "build failed: $project" >&2; dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly; exit 1; }
done

exec dotnet tools/ReviewEngine.Suites/bin/Release/net10.0/ReviewEngine.Suites.dll security --repo "$(pwd)" --port 5194 "$@"
