import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProjectEditor } from "@/components/admin/project-editor";
import { ProjectPartControls } from "@/components/admin/project-part-controls";
import { ResearcherEditor } from "@/components/admin/researcher-editor";
import { SectionEditor } from "@/components/admin/section-editor";
import { LEVEL_LABELS, MAX_RESEARCHERS, MAX_SECTIONS } from "@/lib/admin/project-fields";
import { projectValuesOf, sectionValuesOf } from "@/lib/admin/project-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getProjectEditor } from "@/lib/server/project";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Projectpagina" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  volgorde: z.enum(["ok", "fout"]).optional().catch(undefined),
  verwijderd: z.string().max(200).optional().catch(undefined),
  toegevoegd: z.enum(["onderdeel", "onderzoeker"]).optional().catch(undefined),
});

const NOTICES = {
  ok: "De volgorde is aangepast. De website toont de wijziging meteen.",
  onderdeel: "Het onderdeel is toegevoegd, onderaan de lijst.",
  onderzoeker: "De onderzoeker is toegevoegd, onderaan de lijst.",
} as const;

const EMPTY_SECTION = { heading: "", level: "2", body: "" };
const EMPTY_RESEARCHER = { name: "", role: "", groups: "" };

export default async function ProjectEditorPage({ searchParams }: Props) {
  await requireAdmin();
  const page = await getProjectEditor();
  if (!page) notFound();
  const { volgorde, verwijderd, toegevoegd } = querySchema.parse(await searchParams);
  const notice = volgorde === "ok" ? NOTICES.ok : toegevoegd ? NOTICES[toegevoegd] : verwijderd ? `‘${verwijderd}’ is verwijderd van de projectpagina.` : null;
  const { sections, researchers } = page;

  return (
    <>
      <h1>Projectpagina</h1>
      <p>
        Hier pas je de pagina ‘Over CoSIE’ aan. Elk deel heeft een eigen formulier met een eigen knop Opslaan. De website
        toont een wijziging meteen; elke wijziging komt in het logboek, met de oude en de nieuwe tekst.
      </p>
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      {volgorde === "fout" && (
        <p className={styles.errorBox} role="alert">
          De volgorde kon niet worden aangepast. Er is niets gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
        </p>
      )}

      <section aria-labelledby="pagina">
        <h2 id="pagina">Titel, inleiding en feiten</h2>
        <ProjectEditor stored={projectValuesOf(page)} />
      </section>

      <section aria-labelledby="onderdelen">
        <h2 id="onderdelen">Onderdelen</h2>
        <p>Een onderdeel heeft een kop en een tekst. Een pilot is een deel van het onderdeel erboven, met een kleinere kop.</p>
        <ol className={styles.partList}>
          {sections.map((section, index) => (
            <li key={section.id} id={`onderdeel-${section.id}`} tabIndex={-1}>
              <h3 id={`kop-${section.id}`}>
                {section.heading} <span className={styles.muted}>({LEVEL_LABELS[String(section.level) as "2" | "3"].toLowerCase()})</span>
              </h3>
              <ProjectPartControls kind="onderdeel" id={section.id} label={section.heading} first={index === 0} last={index === sections.length - 1} />
              <SectionEditor id={section.id} stored={sectionValuesOf(section)} label={`Onderdeel ‘${section.heading}’`} />
            </li>
          ))}
        </ol>
        <h3 id="nieuw-onderdeel">Onderdeel toevoegen</h3>
        {sections.length < MAX_SECTIONS ? (
          <SectionEditor id={null} stored={EMPTY_SECTION} label="Nieuw onderdeel" />
        ) : (
          <p>De pagina heeft al {MAX_SECTIONS} onderdelen, het hoogste aantal. Verwijder er eerst een.</p>
        )}
      </section>

      <section aria-labelledby="onderzoekers">
        <h2 id="onderzoekers">Betrokken onderzoekers</h2>
        <ol className={styles.partList}>
          {researchers.map((researcher, index) => (
            <li key={researcher.id} id={`onderzoeker-${researcher.id}`} tabIndex={-1}>
              <h3 id={`naam-${researcher.id}`}>{researcher.name}</h3>
              <ProjectPartControls kind="onderzoeker" id={researcher.id} label={researcher.name} first={index === 0} last={index === researchers.length - 1} />
              <ResearcherEditor id={researcher.id} stored={researcher} label={`Onderzoeker ${researcher.name}`} />
            </li>
          ))}
        </ol>
        <h3 id="nieuwe-onderzoeker">Onderzoeker toevoegen</h3>
        {researchers.length < MAX_RESEARCHERS ? (
          <ResearcherEditor id={null} stored={EMPTY_RESEARCHER} label="Nieuwe onderzoeker" />
        ) : (
          <p>De pagina noemt al {MAX_RESEARCHERS} onderzoekers, het hoogste aantal. Verwijder er eerst een.</p>
        )}
      </section>
    </>
  );
}
