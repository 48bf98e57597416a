"use client";

import { saveSectionAction } from "@/app/admin/(beheer)/project/actions";
import styles from "@/app/admin/admin.module.css";
import { LEVEL_LABELS, SECTION_FIELDS, SECTION_LABELS, type SectionField } from "@/lib/admin/project-fields";
import { MARKDOWN_HINT } from "@/lib/text/markdown-hint";
import { errorId, Field, fieldId } from "../form/field";
import { EditorForm } from "./editor-form";

type Props = { id: string | null; stored: Record<SectionField, string>; label: string };

/** One section of the project page (or a new one, `id` null): heading, kind of heading and text. */
export function SectionEditor({ id, stored, label }: Props) {
  const scope = `onderdeel-${id ?? "nieuw"}`;
  return (
    <EditorForm
      action={saveSectionAction}
      stored={stored}
      order={SECTION_FIELDS}
      scope={scope}
      label={label}
      hidden={{ id: id ?? "" }}
      preview
      submit={id ? "Opslaan" : "Onderdeel toevoegen"}
    >
      {(values, errors) => (
        <>
          <Field scope={scope} name="heading" label={SECTION_LABELS.heading} defaultValue={values.heading} errors={errors?.heading} />
          <fieldset className={styles.fieldset} aria-describedby={errors?.level ? errorId("level", scope) : undefined}>
            <legend className={styles.legend}>{SECTION_LABELS.level}</legend>
            {errors?.level && (
              <p id={errorId("level", scope)} className={styles.fieldError} aria-live="polite">
                {errors.level.join(" ")}
              </p>
            )}
            {(["2", "3"] as const).map((level, index) => (
              <label key={level} className={styles.checkboxLabel}>
                <input
                  type="radio"
                  name="level"
                  value={level}
                  id={index === 0 ? fieldId("level", scope) : undefined}
                  defaultChecked={values.level === level || (index === 0 && values.level !== "3")}
                />
                {LEVEL_LABELS[level]}
              </label>
            ))}
          </fieldset>
          <Field scope={scope} name="body" label={SECTION_LABELS.body} type="textarea" hint={MARKDOWN_HINT} defaultValue={values.body} errors={errors?.body} />
        </>
      )}
    </EditorForm>
  );
}
