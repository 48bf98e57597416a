import Link from "next/link";
import { moveProjectPartAction } from "@/app/admin/(beheer)/project/actions";
import styles from "@/app/admin/admin.module.css";
import { PART_FOLDERS, type PartName } from "@/lib/admin/project-fields";

type Props = { kind: PartName; id: string; label: string; first: boolean; last: boolean };

/**
 * Omhoog, Omlaag and Verwijderen for one section or researcher: a plain form apart from its
 * edit form, so moving never sends (or loses) what is being typed. Removing asks first.
 */
export function ProjectPartControls({ kind, id, label, first, last }: Props) {
  // An aria-label, not a hidden span: Chromium reads a hidden span as "Omhoog : …", with a space.
  const named = (action: string) => ({ "aria-label": `${action}: ${label}` });
  return (
    <div className={`${styles.actions} ${styles.partControls}`}>
      {!(first && last) && (
        <form action={moveProjectPartAction} className={styles.orderButtons}>
          <input type="hidden" name="soort" value={kind} />
          <input type="hidden" name="id" value={id} />
          {!first && (
            <button type="submit" name="richting" value="up" className={styles.secondaryButton} {...named("Omhoog")}>
              Omhoog
            </button>
          )}
          {!last && (
            <button type="submit" name="richting" value="down" className={styles.secondaryButton} {...named("Omlaag")}>
              Omlaag
            </button>
          )}
        </form>
      )}
      <Link href={`/admin/project/${PART_FOLDERS[kind]}/${id}/verwijderen`} className={styles.buttonLink} {...named("Verwijderen")}>
        Verwijderen
      </Link>
    </div>
  );
}
