import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detailsSchema, FORGED, formDataToObject, lostLinkSchema, registrationSchema } from "@/lib/registration/form-schema";

const SESSION = "cmabcdefghijklmnopqrstuvw";

function form(fields: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return formDataToObject(data, ["sessions"]);
}

const valid: [string, string][] = [
  ["name", "  Anne de Vries "],
  ["email", " Anne@Example.nl "],
  ["organisation", "Gemeente Utrecht"],
  ["role", ""],
  ["sessions", SESSION],
  ["consent", "on"],
  ["website", ""],
  ["$ACTION_ID_abc", ""],
];

const errorsOf = (fields: [string, string][]) => {
  const result = registrationSchema.safeParse(form(fields));
  return result.success ? null : z.flattenError(result.error);
};
const without = (key: string) => valid.filter(([name]) => name !== key);
const replace = (key: string, value: string) => [...without(key), [key, value]] as [string, string][];

describe("the registration schema", () => {
  it("accepts what the form sends, trimmed, with an empty role left out", () => {
    const result = registrationSchema.parse(form(valid));
    expect(result).toEqual({
      name: "Anne de Vries",
      email: "Anne@Example.nl",
      organisation: "Gemeente Utrecht",
      role: undefined,
      sessions: [SESSION],
      consent: "on",
      website: "",
    });
  });

  it("asks for at least one session", () => {
    expect(errorsOf(without("sessions"))?.fieldErrors.sessions).toEqual(["Kies minstens één sessie."]);
  });

  it("explains an invalid e-mail address", () => {
    expect(errorsOf(replace("email", "anne@"))?.fieldErrors.email).toEqual([
      "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
    ]);
  });

  it("refuses a name that is too long or holds a control character, each with its own message", () => {
    expect(errorsOf(replace("name", "a".repeat(101)))?.fieldErrors.name?.[0]).toMatch(/te lang/);
    expect(errorsOf(replace("name", "a".repeat(100)))).toBeNull();
    expect(errorsOf(replace("name", "Anne\u0007"))?.fieldErrors.name?.[0]).toMatch(/onzichtbaar teken/);
    expect(errorsOf(replace("name", "Anne\nde Vries"))?.fieldErrors.name?.[0]).toMatch(/onzichtbaar teken/);
  });

  it("refuses invisible characters that hide or reorder text, and values with nothing readable in them", () => {
    for (const hidden of ["\u202eAnne", "An\u200bne", "Anne\u200f", "\u2066Anne\u2069", "An\u00adne"]) {
      expect(errorsOf(replace("name", hidden))?.fieldErrors.name?.[0]).toMatch(/onzichtbaar teken/);
    }
    expect(errorsOf(replace("name", "\u200b"))?.fieldErrors.name?.[0]).toBe("Vul je naam in.");
    expect(errorsOf(replace("organisation", "!!!"))?.fieldErrors.organisation?.[0]).toBe("Vul je organisatie in.");
    expect(errorsOf(replace("role", "—"))?.fieldErrors.role?.[0]).toMatch(/letters of cijfers, of laat het veld leeg/);
    // Emoji built with the zero-width joiner, accents and quotes are a name as typed.
    expect(errorsOf(replace("name", "Gülşen \"Guus\" O'Brien 👩🏽‍💼"))).toBeNull();
  });

  it.each([
    ["name", "Bevestig via https://bank.example"],
    ["name", "Klik op www.bank"],
    ["name", "Mail iemand@bank.nl"],
    ["organisation", "gemeente-utrecht.nl"],
    ["organisation", "ziekenhuis.amsterdam"],
    ["role", "zie bit.ly/x"],
    ["role", "javascript:alert(1)"],
  ])("refuses in the %s what a mail client would turn into a link: %j", (field, value) => {
    expect(errorsOf(replace(field, value))?.fieldErrors[field as "name"]?.[0]).toMatch(/webadres of e-mailadres/);
  });

  it.each([
    ["name", "Dr. A.B. Jansen"],
    ["name", "St. Jan-Willem van ’t Hof"],
    ["name", "Jan.de.Vries"],
    ["organisation", "Zorg en Welzijn B.V."],
    ["organisation", "Gemeente 's-Hertogenbosch"],
    ["role", "Mr. drs. beleidsadviseur"],
  ])("accepts in the %s what only looks like it: %j", (field, value) => {
    expect(errorsOf(replace(field, value))).toBeNull();
  });

  it("asks for consent when it is not given", () => {
    expect(errorsOf(without("consent"))?.fieldErrors.consent).toEqual([
      "Vink aan dat je akkoord gaat met de privacyverklaring.",
    ]);
  });

  it("recognises a post the form cannot produce", () => {
    const forged = (fields: [string, string][]) => {
      const errors = errorsOf(fields);
      return [...(errors?.formErrors ?? []), ...Object.values(errors?.fieldErrors ?? {}).flat()];
    };
    expect(forged([...valid, ["isAdmin", "1"]])).toContain(FORGED);
    expect(forged(replace("consent", "yes"))).toContain(FORGED);
    expect(forged([...valid, ["name", "Tweede naam"]])).toContain(FORGED);
    expect(forged(replace("sessions", "1; DROP TABLE"))).toContain(FORGED);
    expect(forged([...valid, ["sessions", SESSION]])).toContain(FORGED);
    expect(forged(without("website"))).toContain(FORGED);
  });

  it("validates the lost-link form with the same e-mail rules", () => {
    expect(lostLinkSchema.safeParse({ email: " a@b.nl " })).toMatchObject({ success: true, data: { email: "a@b.nl" } });
    expect(lostLinkSchema.safeParse({ email: "nee" }).success).toBe(false);
    expect(lostLinkSchema.safeParse({ email: "a@b.nl", extra: "x" }).error?.issues[0].message).toBe(FORGED);
  });
});

describe("the schema for correcting one's own details", () => {
  const details = (fields: Record<string, string>) => detailsSchema.safeParse(fields);
  const messagesOf = (fields: Record<string, string>) => {
    const result = details(fields);
    return result.success ? null : z.flattenError(result.error).fieldErrors;
  };

  it("accepts name, organisation and role, trimmed, with an empty role left out", () => {
    expect(details({ name: " Anne Jansen ", organisation: "Gemeente Zeist", role: " " })).toEqual({
      success: true,
      data: { name: "Anne Jansen", organisation: "Gemeente Zeist" },
    });
  });

  it("refuses, per field and in Dutch, what registration refuses: empty, too long, or what would become a link", () => {
    expect(messagesOf({ name: "", organisation: "", role: "r".repeat(101) })).toEqual({
      name: ["Vul je naam in."],
      organisation: ["Vul je organisatie in."],
      role: ["Je functie is te lang. Gebruik maximaal 100 tekens."],
    });
    expect(messagesOf({ name: "Bevestig via https://bank.example", organisation: "bank.amsterdam", role: "mailto:x" })).toEqual({
      name: [expect.stringMatching(/webadres of e-mailadres/)],
      organisation: [expect.stringMatching(/webadres of e-mailadres/)],
      role: [expect.stringMatching(/webadres of e-mailadres/)],
    });
  });

  it("takes no address, sessions or other fields: the correction changes nothing else", () => {
    expect(details({ name: "Anne", organisation: "X", email: "ander@example.nl" }).error?.issues[0].message).toBe(FORGED);
  });
});
