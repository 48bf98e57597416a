import { createDb } from "../db";
import { assertAdminPassword } from "../auth/organisers";
import { env } from "../env";
import { prepareOrganisers } from "./organisers";
import { runCli } from "./run";
import { serveNext } from "./next-server";

// `npm run serve`: the built site only; no build, no migration (one release, many instances).
runCli(async () => {
  const config = env();
  assertAdminPassword(config);
  const db = createDb(config.DATABASE_URL);
  await prepareOrganisers(db, config);
  await db.$disconnect();
  await serveNext({ port: config.PORT, hostname: config.HOSTNAME, trustProxy: config.TRUST_PROXY, revalidateSeconds: config.REVALIDATE_SECONDS, appUrl: config.APP_URL });
});
