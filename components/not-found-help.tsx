import Link from "next/link";

/** What a visitor can do next when a page does not exist. */
export function NotFoundHelp() {
  return (
    <>
      <h1>Deze pagina bestaat niet</h1>
      <p>
        Misschien is de pagina verplaatst, of is het adres niet helemaal goed overgenomen. Controleer het
        adres, of ga verder via een van deze pagina’s:
      </p>
      <ul>
        <li>
          <Link href="/">Het programma van de online sessies</Link>, waar je je ook aanmeldt
        </li>
        <li>
          <Link href="/project">Het project CoSIE</Link>
        </li>
        <li>
          <Link href="/privacy">Privacyverklaring</Link>
        </li>
      </ul>
      <p>
        Kwam je hier via je persoonlijke link uit een mail? Die werkt misschien niet meer.{" "}
        <Link href="/link-kwijt">Vraag een nieuwe link aan</Link>.
      </p>
    </>
  );
}
