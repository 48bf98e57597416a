import { env } from "../env";
import { runCli } from "./run";
import { serveNext } from "./next-server";

// `npm run serve`: the built site only; no build, no migration (one release, many instances).
runCli(async () => {
  const config = env();
  await serveNext({ port: config.PORT, hostname: config.HOSTNAME, trustProxy: config.TRUST_PROXY });
});
