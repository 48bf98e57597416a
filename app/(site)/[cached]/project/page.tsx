import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactLine } from "@/components/contact-line";
import { Markdown } from "@/components/markdown";
import { projectDescription } from "@/lib/public-texts";
import { getProjectPage, siteSettings } from "@/lib/server/public-site";
import { markdownToText } from "@/lib/text/markdown";
import { formatCalendarDate } from "@/lib/time";
import styles from "./page.module.css";

// The meta description says what the organisers' introduction says, so it never keeps a statement they removed.
export async function generateMetadata(): Promise<Metadata> {
  const page = await getProjectPage();
  return { title: "Het project CoSIE", ...(page && { description: projectDescription(markdownToText(page.intro), page.title) }) };
}

export default async function ProjectPage() {
  const page = await getProjectPage();
  if (!page) notFound();
  const duration = `${formatCalendarDate(page.startsOn)} – ${formatCalendarDate(page.endsOn)}`;
  const countries = page.partnerCountries;

  return (
    <article className={styles.article}>
      <h1>{page.title}</h1>
      <Markdown className={styles.lead} text={page.intro} />
      <dl className={styles.facts} aria-label="Het project in het kort">
        <div>
          <dt>Looptijd</dt>
          <dd>{duration}</dd>
        </div>
        {page.funding && (
          <div>
            <dt>Financiering</dt>
            <dd>{page.funding}</dd>
          </div>
        )}
        {countries.length > 0 && (
          <div className={styles.wide}>
            <dt>
              Partnerlanden ({countries.length})
            </dt>
            <dd>
              <ul className={styles.countries}>
                {countries.map((country) => (
                  <li key={country}>{country}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {page.sections.map((section, index) => {
        // A subsection needs a section above it; the first one on the page stands at the top level.
        const Heading = section.level === 3 && index > 0 ? "h3" : "h2";
        return (
          <section key={section.slug} aria-labelledby={section.slug}>
            <Heading id={section.slug}>{section.heading}</Heading>
            <Markdown text={section.body} />
          </section>
        );
      })}

      {page.researchers.length > 0 && (
        <section aria-labelledby="onderzoekers">
          <h2 id="onderzoekers">Betrokken HU-onderzoekers</h2>
          <ul className={styles.people}>
            {page.researchers.map((researcher) => (
              <li key={researcher.name}>
                <strong>{researcher.name}</strong>
                <span>{researcher.role}</span>
                {researcher.groups.length > 0 && (
                  <span>
                    {researcher.groups.length > 1 ? "Lectoraten" : "Lectoraat"}: {researcher.groups.join(", ")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="vraag">
        <h2 id="vraag">Wil je samenwerken of heb je een vraag?</h2>
        <ContactLine email={(await siteSettings()).contactEmail} withQuestion={false} />
      </section>
    </article>
  );
}
