"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import type { EvaluationField } from "@/lib/evaluation/fields";
import { evaluationSchema } from "@/lib/evaluation/form-schema";
import type { EvaluationRefusal } from "@/lib/evaluation/answer";
import { formDataToObject } from "@/lib/registration/form-schema";
import { answerEvaluationThrough } from "@/lib/server/join";

// The link is the credential: it comes along as a hidden field and is opened again. Nothing about
// the post is logged, not even a failure: the answers are anonymous, and so is the moment.

export type EvaluationValues = { score: string; takeaway: string; improvement: string; mayQuote: string };

export type EvaluationState =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<EvaluationField, string[]>>; formErrors: string[]; values: EvaluationValues; attempt: number }
  | { status: "done" }
  | { status: "refused"; reason: EvaluationRefusal };

const BROKEN = "Er ging iets mis. Je antwoorden zijn niet opgeslagen. Probeer het over een paar minuten opnieuw.";
const text = (value: unknown) => (typeof value === "string" ? value : "");

export async function evaluateAction(previous: EvaluationState, formData: FormData): Promise<EvaluationState> {
  const { link, ...raw } = formDataToObject(formData);
  const values = { score: text(raw.score), takeaway: text(raw.takeaway), improvement: text(raw.improvement), mayQuote: text(raw.mayQuote) || "nee" };
  const attempt = previous.status === "invalid" ? previous.attempt + 1 : 1;
  const parsed = evaluationSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    return { status: "invalid", errors: fieldErrors, formErrors, values, attempt };
  }
  let refusal: EvaluationRefusal | null | undefined;
  try {
    refusal = await answerEvaluationThrough(text(link), parsed.data);
  } catch {
    return { status: "invalid", errors: {}, formErrors: [BROKEN], values, attempt };
  }
  if (refusal === undefined) notFound();
  return refusal ? { status: "refused", reason: refusal } : { status: "done" };
}
