import type { Db } from "../db";
import type { Env } from "../env";
import { bootstrapOrganisers } from "../auth/organisers";

/** Start-up's part of sign-in: the configured organiser, or a first one with a printed password. */
export async function prepareOrganisers(db: Db, config: Env): Promise<void> {
  const created = await bootstrapOrganisers(db, config, new Date());
  if (!created) return;
  console.log(
    [
      "",
      "An organiser account was created, because there was none:",
      `  e-mail:   ${created.email}`,
      `  password: ${created.password}   (one-time: the site asks for a new one at the first sign-in)`,
      `Sign in at ${config.APP_URL}/admin and choose your own password.`,
      "This password is shown only this once. (Or set ADMIN_EMAIL and ADMIN_PASSWORD and restart.)",
      "",
    ].join("\n"),
  );
}
