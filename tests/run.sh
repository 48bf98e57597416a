#!/usr/bin/env bash
# `npm test`: the whole suite — ESLint and tsc, unit and integration tests (vitest; again on PostgreSQL when
# TEST_POSTGRES_URL is set), the browser tests (Playwright in Debian's Chromium, on SQLite), the crash and
# shutdown tests, and with PostgreSQL the two-instance test; the last two reuse the browser tests' build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Chromium is missing; installing Debian's chromium package ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium. Install it with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL: the integration tests also run on ${TEST_POSTGRES_URL%%\?*}."
else
  echo "========================================================================================"
  echo "TEST_POSTGRES_URL is not set: SKIPPING the PostgreSQL run (integration tests on PostgreSQL"
  echo "and the two-instance test). Set it to a database of a server you may create databases on."
  echo "========================================================================================"
fi

# Lint and types first: they are the quickest to fail, and warnings count as failures.
npx eslint --max-warnings 0 .
npx next typegen >/dev/null && npx tsc --noEmit
npx vitest run --config tests/vitest.config.mts --project unit --project 'integration*'
npx playwright test --config tests/playwright.config.ts
npx vitest run --config tests/vitest.config.mts --project crash
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  npx vitest run --config tests/vitest.config.mts --project multi-instance
fi
