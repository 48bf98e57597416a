import { resetPassword } from "../auth/organisers";
import { createDb } from "../db";
import { env } from "../env";
import { runCli } from "./run";
import { z } from "zod";

// `npm run admin:reset-password -- naam@organisatie.nl`: for an organiser who lost their password.
runCli(async () => {
  const email = z.email({ error: "usage: npm run admin:reset-password -- <e-mail address>" }).parse(process.argv[2]?.trim());
  const config = env();
  const db = createDb(config.DATABASE_URL);
  const password = await resetPassword(db, email, new Date());
  await db.$disconnect();
  if (!password) throw new Error(`${email} is not an organiser. To add them: npm run admin:add -- ${email}`);
  console.log(`New one-time password for ${email}: ${password}`);
  console.log(`They are signed out everywhere. At ${config.APP_URL}/admin the site asks them for a new password.`);
});
