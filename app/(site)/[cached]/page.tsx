import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactLine } from "@/components/contact-line";
import { JoinTips } from "@/components/join-tips";
import { RegistrationSection } from "@/components/registration/registration-section";
import { SessionCard } from "@/components/session-card";
import { getProgramme, siteSettings } from "@/lib/server/public-site";
import styles from "./page.module.css";

export const metadata: Metadata = {
  title: { absolute: "Online sessies over co-creatie in het publieke domein" },
  description:
    "Vier gratis online sessies in juni over co-creatie van publieke dienstverlening: initiëren, ontwerpen, uitvoeren en evalueren. Meld je aan voor één of meer sessies.",
};

export default async function ProgrammePage() {
  const programme = await getProgramme();
  if (!programme) notFound();

  return (
    <>
      <h1>{programme.title}</h1>
      <p className={styles.lead}>{programme.intro}</p>

      <section aria-labelledby="verwachten">
        <h2 id="verwachten">Wat kun je verwachten?</h2>
        <p>{programme.expectations}</p>
      </section>

      <section aria-labelledby="programma">
        <h2 id="programma">Programma</h2>
        <ol className={styles.sessions}>
          {programme.sessions.map((session) => (
            <li key={session.number}>
              <SessionCard session={session} />
            </li>
          ))}
        </ol>
      </section>

      <RegistrationSection sessions={programme.sessions} heading="Aanmelden" />

      <section aria-labelledby="hoe-werkt-het" className={styles.band}>
        <h2 id="hoe-werkt-het">Hoe werkt het?</h2>
        <p>{programme.howItWorks}</p>
        <JoinTips tips={programme.joinTips} />
      </section>

      <section aria-labelledby="samenwerking">
        <h2 id="samenwerking">Samenwerking</h2>
        <p>{programme.partnership}</p>
        <ContactLine email={siteSettings().contactEmail} />
      </section>
    </>
  );
}
