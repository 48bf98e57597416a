import { providerOf } from "../database-url";
import { env } from "../env";
import { backupSqlite, defaultBackupPath } from "../sqlite-backup";
import { runCli } from "./run";

// `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database, also while the site runs.
runCli(async () => {
  const { DATABASE_URL } = env();
  if (providerOf(DATABASE_URL) === "postgresql") {
    throw new Error(
      "npm run db:backup copies a SQLite database. For PostgreSQL use pg_dump, for example\n" +
        '  pg_dump --format=custom --file=cosie.dump "$DATABASE_URL"\nand restore with pg_restore.',
    );
  }
  const destination = process.argv[2] ?? defaultBackupPath(DATABASE_URL, new Date());
  await backupSqlite(DATABASE_URL, destination);
  console.log(destination);
});
