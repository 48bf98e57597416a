import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactLine } from "@/components/contact-line";
import { JoinTips } from "@/components/join-tips";
import { Markdown } from "@/components/markdown";
import { RegistrationSection } from "@/components/registration/registration-section";
import { SessionCard } from "@/components/session-card";
import { seriesDescription } from "@/lib/public-texts";
import { getProgramme, siteSettings } from "@/lib/server/public-site";
import styles from "./page.module.css";

const TITLE = { absolute: "Online sessies over co-creatie in het publieke domein" };

export async function generateMetadata(): Promise<Metadata> {
  const programme = await getProgramme();
  if (!programme) return { title: TITLE };
  const phases = [...new Set(programme.sessions.filter((session) => !session.cancelled).map((session) => session.phase))];
  return { title: TITLE, description: seriesDescription(programme.terms.free, phases) };
}

export default async function ProgrammePage() {
  const programme = await getProgramme();
  if (!programme) notFound();

  return (
    <>
      <h1>{programme.title}</h1>
      <Markdown className={styles.lead} text={programme.intro} />

      <section aria-labelledby="verwachten">
        <h2 id="verwachten">Wat kun je verwachten?</h2>
        <Markdown text={programme.expectations} />
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

      <RegistrationSection programme={programme} heading="Aanmelden" />

      <section aria-labelledby="hoe-werkt-het" className={styles.band}>
        <h2 id="hoe-werkt-het">Hoe werkt het?</h2>
        <Markdown text={programme.howItWorks} />
        <JoinTips tips={programme.joinTips} />
      </section>

      <section aria-labelledby="samenwerking">
        <h2 id="samenwerking">Samenwerking</h2>
        <Markdown text={programme.partnership} />
        <ContactLine email={(await siteSettings()).contactEmail} />
      </section>
    </>
  );
}
