import Link from "next/link";
import type { EvaluationRefusal } from "@/lib/evaluation/answer";

const TEXT: Record<EvaluationRefusal, string> = {
  answered: "Je hebt de vragen over deze sessie al beantwoord. Bedankt daarvoor! Je kunt ze maar één keer beantwoorden.",
  "not-yet": "De vragen over deze sessie kun je beantwoorden als de sessie voorbij is. Kom dan terug via deze link.",
  closed: "De vragen over deze sessie kunnen niet meer beantwoord worden. Dat kon tot twee weken na de sessie.",
  "no-place": "De vragen over deze sessie zijn voor wie aan de sessie kon meedoen. Je was niet (meer) aangemeld, of de sessie ging niet door.",
};

/** A kind page for an evaluation that cannot be answered (again). */
export function EvaluationRefused({ reason, back }: { reason: EvaluationRefusal; back: string }) {
  return (
    <>
      <p role="status">{TEXT[reason]}</p>
      <p>
        {/* A full page load: the join page has its own policy for its form to Teams. */}
        {reason !== "closed" && (
          <>
            <a href={back}>Terug naar je pagina van deze sessie</a> of{" "}
          </>
        )}
        <Link href="/">{reason === "closed" ? "Naar het programma" : "naar het programma"}</Link>
      </p>
    </>
  );
}
