import type { Server } from "node:http";
import { stopScheduler } from "../server/scheduler";
import { closeWiring } from "../server/wiring";

// What a supervisor (systemd, Docker, Kubernetes) waits after SIGTERM before it kills.
const GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: accept no more connections, let running requests and the mail being sent
 * finish, let go of the database, and exit 0; exit 1 if that takes longer than GRACE_MS. A signal
 * may come twice (from npm and from the process group): the second changes nothing.
 */
export function shutDownOnSignals(server: Server): void {
  let closing = false;
  const close = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing running requests and mail, then stopping`);
    setTimeout(() => {
      console.error(`Not finished after ${GRACE_MS / 1000} s: stopping anyway.`);
      process.exit(1);
    }, GRACE_MS).unref();
    const requestsDone = new Promise<void>((resolve) => server.close(() => resolve()));
    // close() waits for every connection; a keep-alive one goes idle once its request is answered.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    await Promise.all([requestsDone, stopScheduler()]);
    clearInterval(idle);
    await closeWiring();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void close(signal));
}
