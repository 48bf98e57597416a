// Logs and stored errors name people by an internal id, never by address. Mail servers and drivers
// echo the recipient in their errors ("550 5.1.1 <anne@example.nl>: Recipient address rejected"),
// so every error text that is logged or stored passes through here.

// An address as the registration form accepts one (zod's z.email()): local part, @, host name. A
// path such as node_modules/@prisma/client/runtime/client.js in a stack trace is not one.
const ADDRESS = /[a-z0-9_'+.-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

/** The text with every e-mail address in it replaced by "[adres]". */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, "[adres]");
}

/** The cause in words, for a stored lastError or a report; some driver errors carry theirs only in `meta`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return withoutAddresses(String(error)).slice(0, 1000);
  const meta = (error as { meta?: unknown }).meta;
  const said = error.message.trim() || (meta ? JSON.stringify(meta) : "");
  return withoutAddresses(`${error.name}: ${said}`).slice(0, 1000);
}

/** An error for a log line: its stack where it has one, so the place it came from is kept. */
export function errorForLog(error: unknown): string {
  return error instanceof Error && error.stack ? withoutAddresses(error.stack) : describeError(error);
}
