import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvaluationForm } from "@/components/join/evaluation-form";
import { getEvaluationFor } from "@/lib/server/join";

export const dynamic = "force-dynamic";

// Not indexed. Within the site the referrer goes along, so the form's post carries the real
// Origin that Next requires of a server action (next.config.ts); it never goes further.
export const metadata: Metadata = {
  title: "Korte evaluatie",
  description: "Vier vragen over de online sessie die je volgde. Je antwoorden zijn anoniem.",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = { params: Promise<{ link: string }> };

export default async function EvaluationPage({ params }: Props) {
  const { link } = await params;
  const evaluation = await getEvaluationFor(link);
  if (!evaluation) notFound();
  return (
    <>
      <h1>Korte evaluatie</h1>
      <p>
        Over de sessie <strong>{evaluation.title}</strong>.
      </p>
      <EvaluationForm link={evaluation.path.slice("/deelnemen/".length)} back={evaluation.path} refusal={evaluation.refusal} />
    </>
  );
}
