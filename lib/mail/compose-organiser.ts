import "server-only";
import { createElement } from "react";
import OrganiserLinkEmail, { organiserLinkSubject } from "@/emails/organiser-link";
import type { Db } from "../db";
import { organiserLinkPath, type OrganiserLinkPurpose } from "../links/organiser-link";
import { formatDateTime } from "../time";
import type { Composition, MailSettings } from "./compose-helpers";
import { readPayload } from "./payloads";
import { renderMail } from "./render";

const PURPOSE = { invitation: "invite", "password-reset": "reset" } as const satisfies Record<string, OrganiserLinkPurpose>;

/**
 * An invitation or a reset link for an organiser. The link is derived from what the payload fixed
 * when it was queued, so a retry carries the same link; once the password has changed since (it
 * was chosen, or a newer invitation went out) or the link has expired, the mail is not sent.
 */
export async function composeOrganiserMail(db: Db, row: { kind: keyof typeof PURPOSE; payload: string }, now: Date, settings: MailSettings): Promise<Composition> {
  const payload = readPayload(row.kind, row.payload);
  const organiser = await db.organiser.findUnique({ where: { id: payload.organiserId }, select: { email: true, passwordChangedAt: true } });
  if (!organiser || organiser.passwordChangedAt.getTime() !== payload.passwordChangedAt) {
    return { skip: "superseded", reason: "de organisator heeft intussen een ander wachtwoord of een nieuwere link" };
  }
  const expiresAt = new Date(payload.expiresAt);
  if (expiresAt <= now) return { skip: "expired", reason: "de link was al verlopen" };
  const purpose = PURPOSE[row.kind];
  const link = { organiserId: payload.organiserId, purpose, expiresAt, passwordChangedAt: organiser.passwordChangedAt };
  const subject = organiserLinkSubject(purpose);
  const mail = await renderMail(
    createElement(OrganiserLinkEmail, {
      subject,
      purpose,
      email: organiser.email,
      url: `${settings.appUrl}${organiserLinkPath(settings.linkSecret, link)}`,
      validUntil: formatDateTime(expiresAt),
      contactEmail: settings.contactEmail,
    }),
  );
  return { subject, ...mail, attachments: [] };
}
