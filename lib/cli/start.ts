import { createDb } from "../db";
import { assertAdminPassword } from "../auth/organisers";
import { env } from "../env";
import { programmeYear } from "../../prisma/seed/programme-year";
import { isEmpty, seedContent } from "../../prisma/seed/index";
import { hasBuildFor, recordBuild, sourceStamp } from "./build-stamp";
import { prepareOrganisers } from "./organisers";
import { runCli } from "./run";
import { serveNext } from "./next-server";
import { NEXT, PRISMA, runNode } from "./spawn";

// `npm start`: everything a fresh checkout needs, then the site.
runCli(async () => {
  const config = env();
  assertAdminPassword(config);
  await runNode(PRISMA, ["migrate", "deploy"], { ...process.env, DATABASE_URL: config.DATABASE_URL });

  const db = createDb(config.DATABASE_URL);
  if (await isEmpty(db)) {
    const year = programmeYear(new Date(), config.PROGRAMME_YEAR);
    await seedContent(db, year);
    console.log(`Empty database: loaded the ${year} programme.`);
  }
  await prepareOrganisers(db, config);
  await db.$disconnect();

  const stamp = sourceStamp();
  if (!hasBuildFor(stamp)) {
    await runNode(NEXT, ["build"]);
    recordBuild(stamp);
  }
  await serveNext({ port: config.PORT, hostname: config.HOSTNAME, trustProxy: config.TRUST_PROXY, revalidateSeconds: config.REVALIDATE_SECONDS, appUrl: config.APP_URL });
});
