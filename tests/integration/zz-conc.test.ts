import { it, expect } from "vitest";
import { createDb } from "@/lib/db";
import { register } from "@/lib/registration/register";
import { seedContent } from "@/prisma/seed/index";
import { adminQuery, postgresUrl } from "/work/main/tests/support/postgres";
import { execFileSync } from "node:child_process";

it("conc", async () => {
  const name = "cosie_conc"; await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await adminQuery(`CREATE DATABASE ${name}`);
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: postgresUrl(name) }, stdio: "pipe" });
  const a = createDb(postgresUrl(name)), b = createDb(postgresUrl(name));
  await seedContent(a, 2027);
  const s = await a.session.findFirstOrThrow({ where: { number: 1 } });
  await a.session.update({ where: { id: s.id }, data: { capacity: 50 } });
  const t = Date.now(); let errors = 0;
  const results = await Promise.all(Array.from({ length: Number(process.env.N ?? 20) }, (_, i) => register(i % 2 ? a : b, { name: "x", email: `p${i}@x.nl`, organisation: "o", role: undefined, sessions: [s.id] }, new Date("2027-05-01T10:00:00Z"), { leadHours: 48 }).catch((e) => { errors++; console.log(String(e).slice(0, 300)); return null; })));
  console.log("ms", Date.now() - t, "errors", errors, "confirmed", await a.signUp.count({ where: { status: "confirmed" } }), "wait", await a.signUp.count({ where: { status: "waitlisted" } }));
  await a.$disconnect(); await b.$disconnect();
}, 600_000);
