import { env } from "../env";
import { runCli } from "./run";
import { serveNext } from "./spawn";

// `npm run serve`: the built site only; no build, no migration (one release, many instances).
runCli(async () => {
  const config = env();
  serveNext(config.PORT, config.HOSTNAME);
});
