import type { Metadata } from "next";
import { Markdown } from "@/components/markdown";
import { getProgramme, siteSettings } from "@/lib/server/public-site";
import { formatCalendarDate } from "@/lib/time";
import styles from "../text-page.module.css";

export const metadata: Metadata = {
  title: "Privacyverklaring",
  description:
    "Welke gegevens we bewaren als je je aanmeldt voor de online sessies over co-creatie, waarom, hoe lang, en hoe je ze laat verwijderen.",
};

const DAY_MS = 24 * 60 * 60 * 1000;

export default async function PrivacyPage() {
  const { privacyContact: contact, privacyController, privacyAudience, retentionDays: days } = await siteSettings();
  const programme = await getProgramme();
  const lastEnd = programme?.sessions.at(-1)?.endsAt;
  const deleteOn = lastEnd && formatCalendarDate(new Date(lastEnd.getTime() + days * DAY_MS));

  return (
    <article className={styles.article}>
      <h1>Privacyverklaring</h1>
      <p className={styles.lead}>
        We gaan zorgvuldig om met je gegevens. We vragen alleen wat nodig is om je aanmelding te regelen, en we
        verwijderen het kort nadat de sessies voorbij zijn.
      </p>

      <h2>Wie is verantwoordelijk?</h2>
      <Markdown text={privacyController} />

      <h2>Welke gegevens bewaren we?</h2>
      <ul>
        <li>je naam, e-mailadres en organisatie;</li>
        <li>je functie, als je die invult;</li>
        <li>voor welke sessies je je aanmeldt of afmeldt, en wanneer;</li>
        <li>wanneer je akkoord ging met deze privacyverklaring;</li>
        <li>
          of en wanneer je via je persoonlijke link op ‘Naar Microsoft Teams’ drukte. Zo weten de organisatoren wie er
          meededen. Alleen de pagina openen telt niet;
        </li>
        <li>of je de korte evaluatie hebt ingevuld: alleen ja of nee, zonder tijd. Wat je antwoordde, staat daar niet bij;</li>
        <li>welke mails we je sturen en of ze zijn aangekomen bij de mailserver.</li>
      </ul>
      <p>
        Om misbruik van het formulier te voorkomen, tellen we kort hoe vaak er vanaf een internetadres
        (IP-adres) wordt aangemeld. We gebruiken geen cookies om je te volgen en geen
        advertentiediensten.
      </p>

      <h2>Waarom?</h2>
      <p>
        We gebruiken je gegevens alleen om je aanmelding te regelen: om je een bevestiging en de link naar
        Microsoft Teams te sturen, je te laten weten als er iets verandert, je na de sessie te bedanken of te
        vertellen wat je gemist hebt, en zodat de organisatoren weten wie er komen en wie er waren. Dat doen we
        omdat je daar bij je aanmelding toestemming voor geeft.
      </p>

      <h2>De korte evaluatie</h2>
      <p>
        Na een sessie vragen we je vier korte vragen te beantwoorden. Dat is niet verplicht. Je antwoorden zijn
        anoniem:
      </p>
      <ul>
        <li>we bewaren ze los van je aanmelding: zonder je naam, je e-mailadres of een andere verwijzing naar jou;</li>
        <li>we bewaren alleen de sessie en de datum, geen tijd. Zo kan niemand je antwoorden aan jou koppelen;</li>
        <li>de organisatoren zien de antwoorden in willekeurige volgorde;</li>
        <li>ze citeren je antwoorden alleen als je daar ja op zegt, en dan zonder je naam.</li>
      </ul>
      <p>
        Omdat de antwoorden niet aan jou gekoppeld zijn, kunnen we ze later niet meer als de jouwe terugvinden. Ze
        blijven dus bewaard, ook als je je gegevens laat verwijderen.
      </p>

      <h2>Wie kan je gegevens zien?</h2>
      <Markdown text={privacyAudience} />

      <h2>Hoe lang bewaren we je gegevens?</h2>
      <p>
        We verwijderen je gegevens {days} dagen na de laatste sessie van de serie
        {deleteOn ? `, dus uiterlijk op ${deleteOn}` : ""}. Daarna bewaren we alleen hoeveel mensen er per
        sessie waren aangemeld en hoeveel er meededen, en de anonieme antwoorden op de evaluatie. Die zeggen
        niets over jou.
      </p>

      <h2>Zelf je gegevens aanpassen of verwijderen</h2>
      <p>In elke mail die je van ons krijgt, staat een persoonlijke link. Via die link kun je:</p>
      <ul>
        <li>je afmelden voor één of alle sessies;</li>
        <li>je naam, organisatie en functie aanpassen;</li>
        <li>
          al je gegevens verwijderen. Je ziet eerst precies wat er gebeurt. Daarna verwijder je alles met één
          knop.
        </li>
      </ul>
      <p>
        Heb je je niet zelf aangemeld? In de bevestigingsmail staat een link waarmee je alles verwijdert.
      </p>
      <p>Als je alles verwijdert, dan verwijderen we:</p>
      <ul>
        <li>je naam, e-mailadres, organisatie en functie;</li>
        <li>al je aanmeldingen, ook die waarvoor je je had afgemeld;</li>
        <li>
          de mails die we je nog moesten sturen, wat we bijhouden over de mails die we je al stuurden, en de
          kopieën van die mails als we die bewaren.
        </li>
      </ul>
      <p>
        Wat blijft er over? Alleen hoeveel mensen per sessie waren aangemeld, op de wachtlijst stonden of
        zich hadden afgemeld. Die aantallen zeggen niets over jou. Had je een plek in een sessie? Dan gaat
        die naar de eerste op de wachtlijst. Agenda-afspraken die je van ons kreeg, blijven in je agenda
        staan. Die kun je zelf verwijderen. Dit kun je niet ongedaan maken.
      </p>
      <p>
        Lukt het niet via de link, of wil je dat wij het doen? Mail naar{" "}
        <a href={`mailto:${contact}`}>{contact}</a>. Dan verwijdert een organisator je gegevens op dezelfde
        manier. Ook als je wilt weten welke gegevens we van je hebben, kun je ons mailen. We regelen het zo
        snel mogelijk.
      </p>

      <h2>Je rechten</h2>
      <p>
        Je mag altijd vragen welke gegevens we van je hebben, en je mag ze laten aanpassen of verwijderen.
        Je kunt je toestemming altijd intrekken. Ben je het niet eens met hoe we met je gegevens omgaan?
        Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.
      </p>
    </article>
  );
}
