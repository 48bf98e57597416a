import type { ErasePreview } from "@/lib/data/registrant";
import { formatSessionTime } from "@/lib/time";

const STATUS = { confirmed: "aangemeld", waitlisted: "op de wachtlijst", cancelled: "afgemeld" } as const;

// The same facts for the person themselves and for an organiser acting on their request.
const WORDS = {
  self: { your: "je", you: "jou", has: "Had je", mails: "Je krijgt daarna geen mail meer van ons, ook geen bevestiging.", calendar: "Agenda-afspraken die je al van ons kreeg, blijven in je agenda staan. Die kun je zelf verwijderen." },
  organiser: { your: "de", you: "deze persoon", has: "Had deze persoon", mails: "Deze persoon krijgt daarna geen mail meer, ook geen bevestiging.", calendar: "Agenda-afspraken die deze persoon al kreeg, blijven in diens agenda staan." },
} as const;

/** What erasing a person removes and what stays, exactly as lib/registration/erase.ts does it. */
export function EraseSummary({ preview, who }: { preview: ErasePreview; who: keyof typeof WORDS }) {
  const words = WORDS[who];
  return (
    <>
      <p>Dit gebeurt als je op de knop drukt:</p>
      <ul>
        <li>
          We verwijderen {words.your} naam ({preview.name}), e-mailadres ({preview.email}), organisatie ({preview.organisation})
          {preview.role ? ` en functie (${preview.role})` : ""}.
        </li>
        <li>
          {preview.signUps.length === 0 ? (
            "We verwijderen alles wat we over aanmeldingen bijhouden."
          ) : (
            <>
              We verwijderen {preview.signUps.length === 1 ? "deze aanmelding" : "deze aanmeldingen"}:
              <ul>
                {preview.signUps.map((signUp) => (
                  <li key={`${signUp.title}|${signUp.startsAt.toISOString()}`}>
                    {signUp.title}, {formatSessionTime(signUp.startsAt, signUp.endsAt)} ({STATUS[signUp.status]})
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
        <li>
          Mails die we nog moesten sturen, sturen we niet meer. We verwijderen ook wat we bijhouden over de mails die al
          verstuurd zijn. {words.mails}
        </li>
        <li>{words.has} een plek in een sessie? Dan gaat die plek naar de eerste op de wachtlijst.</li>
        <li>{words.calendar}</li>
        <li>We bewaren alleen hoeveel mensen per sessie waren aangemeld. Daarin staat niets over {words.you}.</li>
      </ul>
    </>
  );
}
