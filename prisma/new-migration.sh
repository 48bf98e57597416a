#!/usr/bin/env bash
# `npm run db:migration -- <name>`: writes a migration for the change to prisma/schema.prisma since
# the last commit, for SQLite and for PostgreSQL (whose schema is derived from it first).
# `prisma migrate dev` needs a shadow database, which the wasm engine cannot run.
# The PostgreSQL diff needs a reachable server (nothing is read from it): MIGRATION_POSTGRES_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: npm run db:migration -- <name>}"
stamp="$(date -u +%Y%m%d%H%M%S)"
pg_url="${MIGRATION_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
old="$(mktemp -d)"
trap 'rm -rf "$old"' EXIT

npx tsx prisma/postgresql.ts
git show HEAD:prisma/schema.prisma > "$old/sqlite.prisma"
git show HEAD:prisma/postgresql/schema.prisma > "$old/postgresql.prisma"

diff_into() { # provider-url old new folder
  mkdir -p "$4/${stamp}_${name}"
  DATABASE_URL="$1" npx prisma migrate diff --from-schema-datamodel "$2" --to-schema-datamodel "$3" --script > "$4/${stamp}_${name}/migration.sql"
  echo "Wrote $4/${stamp}_${name}/migration.sql"
}
diff_into "file:./var/migration-diff.db" "$old/sqlite.prisma" prisma/schema.prisma prisma/migrations
diff_into "$pg_url" "$old/postgresql.prisma" prisma/postgresql/schema.prisma prisma/postgresql/migrations
npx prisma generate --schema prisma/schema.prisma >/dev/null
npx prisma generate --schema prisma/postgresql/schema.prisma >/dev/null
echo "Review both, then apply with npm run db:deploy."
