import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactLine } from "@/components/contact-line";
import { Markdown } from "@/components/markdown";
import { getProjectPage, siteSettings } from "@/lib/server/public-site";
import { formatCalendarDate } from "@/lib/time";
import styles from "./page.module.css";

export const metadata: Metadata = {
  title: "Het project CoSIE",
  description:
    "CoSIE is een Europees onderzoeksproject naar co-creatie in de publieke dienstverlening. Hogeschool Utrecht werkt daarin samen met de gemeenten Nieuwegein en Houten.",
};

export default async function ProjectPage() {
  const page = await getProjectPage();
  if (!page) notFound();
  const duration = `${formatCalendarDate(page.startsOn)} – ${formatCalendarDate(page.endsOn)}`;

  return (
    <article className={styles.article}>
      <h1>{page.title}</h1>
      <p className={styles.lead}>{page.intro}</p>
      <dl className={styles.facts} aria-label="Het project in het kort">
        <div>
          <dt>Looptijd</dt>
          <dd>{duration}</dd>
        </div>
        <div>
          <dt>Partnerlanden</dt>
          <dd>{page.partnerCountries.length} Europese landen</dd>
        </div>
        <div>
          <dt>Financiering</dt>
          <dd>{page.funding}</dd>
        </div>
      </dl>

      {page.sections.map((section) => {
        const Heading = section.level === 3 ? "h3" : "h2";
        return (
          <section key={section.slug} aria-labelledby={section.slug}>
            <Heading id={section.slug}>{section.heading}</Heading>
            <Markdown text={section.body} />
            {section.slug === "samenwerking" && (
              <>
                <p>
                  In het Europese onderzoek CoSIE werken {page.partnerCountries.length} Europese landen samen:
                </p>
                <ul className={styles.countries}>
                  {page.partnerCountries.map((country) => (
                    <li key={country}>{country}</li>
                  ))}
                </ul>
                <p>{page.funding}</p>
              </>
            )}
          </section>
        );
      })}

      <section aria-labelledby="onderzoekers">
        <h2 id="onderzoekers">Betrokken HU-onderzoekers</h2>
        <ul className={styles.people}>
          {page.researchers.map((researcher) => (
            <li key={researcher.name}>
              <strong>{researcher.name}</strong>
              <span>{researcher.role}</span>
              <span>
                {researcher.groups.length > 1 ? "Lectoraten" : "Lectoraat"}: {researcher.groups.join(", ")}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="vraag">
        <h2 id="vraag">Wil je samenwerken of heb je een vraag?</h2>
        <ContactLine email={(await siteSettings()).contactEmail} withQuestion={false} />
      </section>
    </article>
  );
}
