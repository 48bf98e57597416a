import { createOrganiser, generatePassword } from "../auth/organisers";
import { createDb } from "../db";
import { env } from "../env";
import { runCli } from "./run";
import { z } from "zod";

// `npm run admin:add -- naam@organisatie.nl`: adds an organiser with a generated password.
runCli(async () => {
  const email = z.email({ error: "usage: npm run admin:add -- <e-mail address>" }).parse(process.argv[2]?.trim());
  const config = env();
  const db = createDb(config.DATABASE_URL);
  const password = generatePassword();
  const created = await createOrganiser(db, email, password, new Date(), true);
  await db.$disconnect();
  if (!created) throw new Error(`${email} is already an organiser. To give them a new password: npm run admin:reset-password -- ${email}`);
  console.log(`Added organiser ${email} with a one-time password: ${password}`);
  console.log(`Sign in at ${config.APP_URL}/admin: the site then asks for a new password.`);
});
