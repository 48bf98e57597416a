#!/usr/bin/env bash
# `npm run db:migration -- <name>`: writes a migration for the change to prisma/schema.prisma since
# the last commit. (`prisma migrate dev` needs a shadow database, which the wasm engine cannot run.)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: npm run db:migration -- <name>}"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
old="$(mktemp)"
git show HEAD:prisma/schema.prisma > "$old"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$old"
echo "Wrote $dir/migration.sql; review it, then apply it with npm run db:deploy."
