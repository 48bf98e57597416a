import type { Metadata } from "next";
import { siteSettings } from "@/lib/server/public-site";
import styles from "../text-page.module.css";

export const metadata: Metadata = {
  title: "Toegankelijkheidsverklaring",
  description:
    "Hoe toegankelijk deze website is, welke norm we volgen, wat we al doen en hoe je een probleem meldt.",
};

export default async function AccessibilityPage() {
  const contact = (await siteSettings()).contactEmail;
  return (
    <article className={styles.article}>
      <h1>Toegankelijkheidsverklaring</h1>
      <p className={styles.lead}>
        Hogeschool Utrecht wil dat iedereen deze website kan gebruiken, ook mensen met een beperking.
      </p>

      <h2>Welke norm volgen we?</h2>
      <p>
        Overheidswebsites moeten voldoen aan het Besluit digitale toegankelijkheid overheid. Dat verwijst
        naar de Europese norm EN 301 549 en daarmee naar de Web Content Accessibility Guidelines (WCAG) 2.1,
        niveau A en AA. Deze website is gebouwd om aan die eisen te voldoen.
      </p>

      <h2>Hoe toegankelijk is de website nu?</h2>
      <p>
        <strong>Status: eerste maatregelen genomen.</strong> Een onafhankelijke partij heeft deze website
        nog niet onderzocht (er is nog geen audit). Daarom zeggen we niet dat de website volledig voldoet.
      </p>
      <p>Wat we wel doen:</p>
      <ul>
        <li>
          bij elke wijziging testen we alle pagina’s automatisch met de toegankelijkheidstest axe, in een
          echte browser;
        </li>
        <li>alle pagina’s werken met alleen een toetsenbord, en je ziet steeds waar je bent;</li>
        <li>de pagina’s werken op een telefoon, een tablet en een computer, en ook als je inzoomt;</li>
        <li>de pagina’s werken ook zonder JavaScript;</li>
        <li>we schrijven in eenvoudig Nederlands.</li>
      </ul>

      <h2>Wat valt hier niet onder?</h2>
      <p>
        De sessies zelf vinden plaats in Microsoft Teams. Hoe toegankelijk Teams is, bepaalt Microsoft.
        Heb je hulp nodig om mee te doen? Laat het ons weten, dan zoeken we samen naar een oplossing.
      </p>

      <h2>Probleem melden</h2>
      <p>
        Kun je iets op deze website niet gebruiken? Of zie je een fout? Mail naar{" "}
        <a href={`mailto:${contact}`}>{contact}</a>. Zet in je mail om welke pagina het gaat en wat er mis
        gaat. We reageren zo snel mogelijk en laten je weten wat we eraan doen.
      </p>
      <p>
        Ben je niet tevreden over hoe we met je melding omgaan? Dan kun je contact opnemen met de Nationale
        ombudsman.
      </p>

      <h2>Over deze verklaring</h2>
      <p>Deze verklaring is opgesteld op 25 november 2026.</p>
    </article>
  );
}
