import { generatePassword, setOrganiser } from "../auth/organisers";
import { createDb } from "../db";
import { env } from "../env";
import { runCli } from "./run";
import { z } from "zod";

// `npm run admin:add -- naam@organisatie.nl`: adds an organiser with a generated password.
runCli(async () => {
  const email = z.email({ error: "usage: npm run admin:add -- <e-mail address>" }).parse(process.argv[2]?.trim());
  const config = env();
  const db = createDb(config.DATABASE_URL);
  const existing = await db.organiser.findUnique({ where: { email: email.toLowerCase() } });
  if (existing) throw new Error(`${email} is already an organiser.`);
  const password = generatePassword();
  await setOrganiser(db, email, password, new Date());
  await db.$disconnect();
  console.log(`Added organiser ${email} with password: ${password}`);
  console.log(`Sign in at ${config.APP_URL}/admin and change it under "Wachtwoord wijzigen".`);
});
