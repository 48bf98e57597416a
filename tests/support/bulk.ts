import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

const id = () => `c${randomBytes(12).toString("hex")}`;
const inChunks = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let start = 0; start < rows.length; start += 500) await insert(rows.slice(start, start + 500));
};

/** `count` people confirmed for a session, inserted in bulk, as a large session would have them. */
export async function seedConfirmed(db: Db, sessionId: string, count: number, at: Date, label = "bulk") {
  const people = Array.from({ length: count }, (_, index) => {
    const email = `${label}-${index}@example.nl`;
    return { id: id(), name: `Deelnemer ${index} <${label}> & “co”`, email, emailKey: email, organisation: "Gemeente Utrecht", searchKey: email, consentAt: at };
  });
  await inChunks(people, (data) => db.registrant.createMany({ data }));
  const signUps = people.map((person) => ({ id: id(), registrantId: person.id, sessionId, status: "confirmed", requestedAt: at, confirmedAt: at }));
  await inChunks(signUps, (data) => db.signUp.createMany({ data }));
  return people;
}
