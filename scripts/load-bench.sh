#!/usr/bin/env bash
# Load measurement (issues 3 and 9): seeds a data folder with 100,000 cases (prototypes made through the API, bulk
# copies with re-hashed audit chains, `review audit verify` on the result), then drives 50 concurrent users on
# loopback against the app: GET /health (baseline), inbox and case page (API and Razor pages), an action POST and
# template search. Prints req/s, p50 and p99 per scenario and the ratio to the baseline (docs/benchmarks.md).
# Usage: scripts/load-bench.sh [--skip-seed] [--cases 100000] [--seconds 10] [--users 50] [--only inbox] [--driver wrk] [--postgres <connection string>]
# --driver wrk drives the GET scenarios with Debian's wrk (far lighter on the shared cores than the built-in HttpClient loop).
# With --postgres the seeded file is copied into that (new, empty) database by `review db copy` and the app runs on it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data=${LOAD_DATA:-/tmp/reviewengine-load}

for project in src/ReviewEngine.Web src/ReviewEngine.Cli tools/ReviewEngine.Suites; do
  dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || { echo "build failed: $project" >&2; exit 1; }
done

suites=tools/ReviewEngine.Suites/bin/Release/net10.0/ReviewEngine.Suites.dll
if [ "${1:-}" = "--skip-seed" ]; then shift; else
  dotnet "$suites" seed --repo "$(pwd)" --port 5193 --data "$data" "$@"
fi
dotnet "$suites" load --repo "$(pwd)" --port 5193 --data "$data" "$@"
