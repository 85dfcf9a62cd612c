#!/usr/bin/env bash
# The README's test command. On Debian as root it first installs and starts what the tests need (PostgreSQL with the
# `reviewengine` role, Chromium + chromedriver, LibreOffice + poppler-utils, CJK fonts); then it builds, runs every
# test with a TRX logger and prints "N passed, N failed" (", N skipped" when there are) as its last line.
# It fails when anything failed or was skipped: REVIEWENGINE_REQUIRE_ALL=1 makes a missing service fail its tests.
#   ./test.sh                      everything (Release build)
#   ./test.sh --filter "<expr>"    extra arguments go to `dotnet test`
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export REVIEWENGINE_REQUIRE_ALL=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (dotnet not on PATH)" >&2
  exit 1
fi

say() { echo "test.sh: $*"; }

# 1. Debian packages the tests need; installed only when missing, and only when we may (root + apt-get).
need=()
{ command -v chromium >/dev/null && command -v chromedriver >/dev/null; } 2>/dev/null || need+=(chromium chromium-driver)
{ command -v soffice >/dev/null && command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; } 2>/dev/null \
  || need+=(libreoffice-writer-nogui poppler-utils)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)  # no grep -q: with pipefail, fc-list would die of SIGPIPE
if [ -z "${REVIEWENGINE_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  need+=(postgresql)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    say "missing ${need[*]}; install them (or run this script as root on Debian): the tests that need them will fail" >&2
  fi
fi

# 2. PostgreSQL: Debian's cluster on 127.0.0.1:5432, started and waited for, with a login role that may create the
#    per-test databases. REVIEWENGINE_TEST_POSTGRES points the tests at another server instead.
if [ -z "${REVIEWENGINE_TEST_POSTGRES:-}" ] && [ "$(id -u)" -eq 0 ] && command -v pg_ctlcluster >/dev/null 2>&1 \
    && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  pg_version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  pg_lsclusters -h 2>/dev/null | grep "^$pg_version main" >/dev/null || pg_createcluster "$pg_version" main >/dev/null
  pg_lsclusters -h | grep "^$pg_version main .* online" >/dev/null || { say "starting PostgreSQL $pg_version"; pg_ctlcluster "$pg_version" main start; }
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 && break
    sleep 1
  done
  pg_isready -h 127.0.0.1 >/dev/null || { say "PostgreSQL did not accept connections within 30 s" >&2; exit 1; }
  runuser -u postgres -- psql -q -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reviewengine') THEN CREATE ROLE reviewengine LOGIN CREATEDB PASSWORD 'reviewengine'; END IF; END\$\$;"
fi

# 3. Build once, then every test project with a TRX logger so the results can be counted.
results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
say "building"
dotnet build ReviewEngine.sln -c Release -v quiet -nologo

set +e
dotnet test ReviewEngine.sln -c Release --no-build --logger trx --results-directory "$results" "$@"
test_exit=$?
set -e

# 4. Count from the TRX files (a skipped test is counted in total but not in executed).
value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value total) - $(value executed)))
done

projects="$(ls tests/*/*.Tests.csproj | wc -l)"
if [ $# -eq 0 ] && [ "$files" -ne "$projects" ]; then
  say "expected $projects test result files, found $files (a test host crashed?)" >&2
  test_exit=1
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
if [ "$test_exit" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$skipped" -ne 0 ]; then
  exit 1
fi
