import { runCli } from "../lib/cli/run";
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { seedContent } from "./seed/index";
import { programmeYear } from "./seed/programme-year";

runCli(async () => {
  const config = env();
  const db = createDb(config.DATABASE_URL);
  const year = programmeYear(new Date(), config.PROGRAMME_YEAR);
  await seedContent(db, year);
  await db.$disconnect();
  console.log(`Seeded whatever content was missing (programme year ${year}); existing rows were left as they were.`);
});
