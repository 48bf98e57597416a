"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { MessageState, MessageValues } from "@/lib/admin/message-fields";
import { messageSchema } from "@/lib/admin/message-form";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { FORGED } from "@/lib/registration/form-schema";
import { countMessageAudience, sendSessionMessage } from "@/lib/server/session-outcome";
import { formatWait } from "@/lib/time";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/**
 * Writing a message, its preview and its confirmation: one action, the step named by the button
 * pressed. Nothing is sent before the organiser saw the preview and gave their password again.
 */
export async function messageAction(previous: MessageState, formData: FormData): Promise<MessageState> {
  const admin = await requireAdmin();
  const values: MessageValues = { audience: text(formData.get("audience")), subject: text(formData.get("subject")), body: text(formData.get("body")) };
  const attempt = previous.attempt + 1;
  const writing = (errors: MessageState["errors"] = {}, formErrors: string[] = []): MessageState => ({ status: "writing", errors, formErrors, values, attempt });
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) return writing({}, [FORGED]);
  const step = formData.get("step");
  if (step === "edit") return writing();

  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) return writing(z.flattenError(parsed.error).fieldErrors);
  const people = await countMessageAudience(id.data, parsed.data.audience);
  const posted = z.uuid().safeParse(formData.get("token"));
  const token = posted.success ? posted.data : randomUUID();
  const preview = (errors: MessageState["errors"] = {}, formErrors: string[] = []): MessageState => ({ status: "preview", values, people, token, errors, formErrors, attempt });
  if (step !== "send") return preview();
  if (!posted.success) return writing({}, [FORGED]);

  if (people === 0) return preview({}, ["Er is niemand om dit bericht naar te sturen. Kies andere ontvangers."]);
  const password = text(formData.get("password"));
  if (!password) return preview({ password: ["Vul je wachtwoord in."] });
  const result = await sendSessionMessage(admin, id.data, parsed.data, password, token);
  if (!result.ok) {
    if (result.reason === "wrong") return preview({ password: ["Je wachtwoord klopt niet. Er is niets verstuurd."] });
    if (result.reason === "limited") return preview({}, [`Te vaak een verkeerd wachtwoord. Wacht ${formatWait(result.waitSeconds)}. Er is niets verstuurd.`]);
    return writing({}, ["Deze sessie bestaat niet (meer). Er is niets verstuurd."]);
  }
  redirect(`/admin/sessies/${id.data}?bericht=${result.people}`);
}
