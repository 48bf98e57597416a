"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/client-ip";
import { errorForLog } from "@/lib/error-text";
import { FORGED, formDataToObject, lostLinkSchema, registrationSchema } from "@/lib/registration/form-schema";
import type { FieldErrors, RegistrationState, SubmittedValues } from "@/lib/registration/form-state";
import { overFormLimit, sendLostLink, signUp, type SignedUpSession } from "@/lib/server/visitors";
import { siteSettings } from "@/lib/server/public-site";
import { formatSessionTime, formatWait } from "@/lib/time";

/** The rate-limit message: what happened, how long to wait, and who helps meanwhile. */
async function limited(waitSeconds: number): Promise<string> {
  const wait = formatWait(waitSeconds);
  return `Er zijn vanaf dit adres te veel aanmeldingen verstuurd. Wacht ${wait} en probeer het dan opnieuw. Lukt het dan nog niet? Mail naar ${(await siteSettings()).contactEmail}, dan helpen wij je verder.`;
}
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

function done(sessions: SignedUpSession[]): RegistrationState {
  return {
    status: "done",
    sessions: sessions.map((session) => ({
      title: session.title,
      when: formatSessionTime(session.startsAt, session.endsAt),
      waitlisted: session.waitlisted,
      linkTiming: session.linkTiming,
      calendar: session.calendar,
    })),
  };
}

/**
 * With JavaScript the form shows the confirmation in place. A post without it is answered with a
 * 303 to a light confirmation page (Post/Redirect/Get): no programme page in the answer, and a
 * reload of the confirmation posts nothing again.
 */
export async function registerAction(previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  const state = await submitRegistration(previous, formData);
  if ("receipt" in state) {
    // Next's own fetch sends this header; a plain form post does not.
    if (!(await headers()).get("next-action")) redirect(`/aangemeld/${state.receipt}`);
    return done(state.sessions);
  }
  return state;
}

async function submitRegistration(previous: RegistrationState, formData: FormData): Promise<RegistrationState | { receipt: string; sessions: SignedUpSession[] }> {
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
    const parsed = registrationSchema.safeParse(raw);
    if (!parsed.success) return invalid(...splitForged(z.flattenError(parsed.error)));
    const wait = await overFormLimit("register", { ip: clientIp(await headers()), email: parsed.data.email });
    if (wait !== null) return invalid({}, [await limited(wait)]);

    const result = await signUp(parsed.data);
    if (!result.ok) return invalid({ [result.field]: [result.message] });
    return result;
  } catch (error) {
    console.error("[registration] failed:", errorForLog(error));
    return invalid({}, [BROKEN]);
  }
}

export type LostLinkState =
  | { status: "idle" }
  | { status: "invalid"; errors: { email?: string[] }; formErrors: string[]; email: string; attempt: number }
  | { status: "sent" };

/** Mails the manage link again. The answer is the same whether or not the address is known. */
export async function requestLinkAction(previous: LostLinkState, formData: FormData): Promise<LostLinkState> {
  const raw = formDataToObject(formData);
  const email = typeof raw.email === "string" ? raw.email : "";
  const attempt = previous.status === "invalid" ? previous.attempt + 1 : 1;
  const invalid = (errors: { email?: string[] }, formErrors: string[] = []): LostLinkState => ({
    status: "invalid",
    errors,
    formErrors,
    email,
    attempt,
  });
  try {
    const parsed = lostLinkSchema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error);
      return invalid({ email: fieldErrors.email }, formErrors);
    }
    const wait = await overFormLimit("lost-link", { ip: clientIp(await headers()), email: parsed.data.email });
    if (wait !== null) return invalid({}, [await limited(wait)]);
    await sendLostLink(parsed.data.email);
    return { status: "sent" };
  } catch (error) {
    console.error("[lost-link] failed:", errorForLog(error));
    return invalid({}, [BROKEN]);
  }
}
