#!/usr/bin/env bash
# Crash-safety suite (issue 9): builds the app, the CLI and the suite driver, starts the app on loopback with a fresh
# data folder, drives load from four simulated users (submissions with documents, accept / lawyer round trips,
# template searches), kills the app with SIGKILL 20 times at random moments and restarts it each time. Then checks:
# every acknowledged submission and action is in the database, every audit chain verifies (`review audit verify`),
# every stored document's bytes match its SHA-256, the database passes integrity_check, and every template source is
# listed and found by search. Prints what it checked, ends with "N passed, N failed"; exit 1 on failure.
# Usage: scripts/crash-test.sh [--kills 20] [--seed N] [--port 5192] [--data /tmp/dir]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for project in src/ReviewEngine.Web src/ReviewEngine.Cli tools/ReviewEngine.Suites; do
  dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || { echo "build failed: $project" >&2; dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly; exit 1; }
done

exec dotnet tools/ReviewEngine.Suites/bin/Release/net10.0/ReviewEngine.Suites.dll crash --repo "$(pwd)" --port 5192 "$@"
