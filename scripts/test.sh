#!/usr/bin/env bash
# The full test suite: static checks, unit tests, migration drift, and the
# end-to-end suite against a production build on SQLite and on PostgreSQL.
# Usage: npm test            (both databases)
#        CASEBOOK_TEST_DATABASES=sqlite npm test
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-test-machine.sh

# Each step prints the minutes since the suite started, so a CI log shows where the time goes
step() { printf '\n\033[1m== %s\033[0m (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "Lint and type check"
npx eslint . --max-warnings 0
npx next typegen >/dev/null # route types (PageProps) that tsc needs before any build
npx tsc --noEmit
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }

step "Unit tests (database tests on SQLite)"
npx vitest run
if [[ " ${CASEBOOK_TEST_DATABASES:-sqlite postgresql} " == *" postgresql "* ]]; then
  step "Database tests on PostgreSQL"
  TEST_DATABASE_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/casebook_unit}" npx vitest run lib/data lib/mail lib/auth
fi

step "Migrations match schema.prisma"
npx tsx scripts/db.ts check

export SITE_URL="http://127.0.0.1:${E2E_PORT:-3100}"
export NEXT_TELEMETRY_DISABLED=1
for database in ${CASEBOOK_TEST_DATABASES:-sqlite postgresql}; do
  case "$database" in
    sqlite) export DATABASE_URL="file:./data/e2e.db" ;;
    postgresql) export DATABASE_URL="${E2E_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/casebook_e2e}" ;;
    *) echo "unknown database $database" >&2; exit 64 ;;
  esac
  step "End-to-end on $database: fresh database, production build"
  npx tsx scripts/db.ts reset
  npx tsx scripts/db.ts prepare
  npx next build
  step "End-to-end on $database: Playwright in Chromium"
  CASEBOOK_DATABASE="$database" npx playwright test
done
step "All tests passed"
