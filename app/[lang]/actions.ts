"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { overLimit } from "@/lib/rate-limit";
import { emailKey } from "@/lib/registration/email-key";
import { FORGED, formDataToObject, lostLinkSchema, registrationSchema } from "@/lib/registration/form-schema";
import { requestManageLink } from "@/lib/registration/lost-link";
import type { FieldErrors, RegistrationState, SubmittedValues } from "@/lib/registration/form-state";
import { register, type ChosenSession } from "@/lib/registration/register";
import { kickScheduler } from "@/lib/scheduler/in-process";
import { formatSessionTime } from "@/lib/time";

const LIMITED =
  "Er zijn vanaf dit adres te veel aanmeldingen verstuurd. Wacht een uur en probeer het dan opnieuw, of mail ons.";
const BROKEN = "Er ging iets mis. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.";

function submitted(raw: Record<string, unknown>): SubmittedValues {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const sessions = Array.isArray(raw.sessions) ? raw.sessions.filter((id) => typeof id === "string") : [];
  return {
    name: text(raw.name),
    email: text(raw.email),
    organisation: text(raw.organisation),
    role: text(raw.role),
    sessions,
    consent: raw.consent === "on",
  };
}

// A value the form cannot produce is one error for the whole form, not for a field.
function splitForged({ fieldErrors, formErrors }: { fieldErrors: Record<string, string[] | undefined>; formErrors: string[] }) {
  const errors: FieldErrors = {};
  const forms = new Set(formErrors);
  for (const [field, messages = []] of Object.entries(fieldErrors)) {
    const own = messages.filter((message) => message !== FORGED);
    if (own.length < messages.length || field === "website") forms.add(FORGED);
    if (own.length > 0 && field !== "website") errors[field as keyof FieldErrors] = own;
  }
  return [errors, [...forms]] as [FieldErrors, string[]];
}

function done(sessions: Omit<ChosenSession, "id">[]): RegistrationState {
  return {
    status: "done",
    sessions: sessions.map((session) => ({
      title: session.title,
      when: formatSessionTime(session.startsAt, session.endsAt),
      waitlisted: session.status === "waitlisted",
    })),
  };
}

export async function registerAction(previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  const raw = formDataToObject(formData, ["sessions"]);
  const values = submitted(raw);
  const attempt = previous.status === "invalid" ? previous.attempt + 1 : 1;
  const invalid = (errors: FieldErrors, formErrors: string[] = []): RegistrationState => ({
    status: "invalid",
    errors,
    formErrors,
    values,
    attempt,
  });

  try {
    const config = env();
    const now = new Date();
    const ip = clientIp(await headers());
    const window = config.RATE_LIMIT_WINDOW_SECONDS;
    if (await overLimit(db(), [{ key: `register:ip:${ip}`, max: config.RATE_LIMIT_PER_IP }], window, now)) {
      return invalid({}, [LIMITED]);
    }

    const parsed = registrationSchema.safeParse(raw);
    if (!parsed.success) return invalid(...splitForged(z.flattenError(parsed.error)));
    const input = parsed.data;
    if (await overLimit(db(), [{ key: `register:email:${emailKey(input.email)}`, max: config.RATE_LIMIT_PER_EMAIL }], window, now)) {
      return invalid({}, [LIMITED]);
    }

    if (input.website !== "") {
      // A robot filled in the hidden field: it gets what a person would see, and nothing is stored.
      const sessions = await db().session.findMany({ where: { id: { in: input.sessions } }, orderBy: { startsAt: "asc" } });
      return done(sessions.map((session) => ({ ...session, status: "confirmed" as const })));
    }

    const result = await register(db(), input, () => new Date(), { leadHours: config.REMINDER_LEAD_HOURS });
    if (!result.ok) return invalid({ [result.field]: [result.message] });
    kickScheduler();
    return done(result.sessions);
  } catch (error) {
    console.error("[registration] failed:", error);
    return invalid({}, [BROKEN]);
  }
}

export type LostLinkState =
  | { status: "idle" }
  | { status: "invalid"; error: string; email: string; attempt: number }
  | { status: "sent" };

/** Mails a fresh manage link. The answer is the same whether or not the address is known. */
export async function requestLinkAction(previous: LostLinkState, formData: FormData): Promise<LostLinkState> {
  const raw = formDataToObject(formData);
  const email = typeof raw.email === "string" ? raw.email : "";
  const attempt = previous.status === "invalid" ? previous.attempt + 1 : 1;
  try {
    const config = env();
    const now = new Date();
    const window = config.RATE_LIMIT_WINDOW_SECONDS;
    const ip = clientIp(await headers());
    if (await overLimit(db(), [{ key: `lost-link:ip:${ip}`, max: config.RATE_LIMIT_PER_IP }], window, now)) {
      return { status: "invalid", error: LIMITED, email, attempt };
    }
    const parsed = lostLinkSchema.safeParse(raw);
    if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0].message, email, attempt };
    const key = `lost-link:email:${emailKey(parsed.data.email)}`;
    if (await overLimit(db(), [{ key, max: config.RATE_LIMIT_PER_EMAIL }], window, now)) {
      return { status: "invalid", error: LIMITED, email, attempt };
    }
    if (await requestManageLink(db(), parsed.data.email, now)) kickScheduler();
    return { status: "sent" };
  } catch (error) {
    console.error("[lost-link] failed:", error);
    return { status: "invalid", error: BROKEN, email, attempt };
  }
}
