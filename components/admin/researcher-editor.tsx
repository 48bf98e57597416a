"use client";

import { saveResearcherAction } from "@/app/admin/(beheer)/project/actions";
import { RESEARCHER_FIELDS, RESEARCHER_LABELS, type ResearcherField } from "@/lib/admin/project-fields";
import { Field } from "../form/field";
import { EditorForm } from "./editor-form";

type Props = { id: string | null; stored: Record<ResearcherField, string>; label: string };

/** One researcher on the project page (or a new one, `id` null). */
export function ResearcherEditor({ id, stored, label }: Props) {
  const scope = `onderzoeker-${id ?? "nieuw"}`;
  return (
    <EditorForm
      action={saveResearcherAction}
      stored={stored}
      order={RESEARCHER_FIELDS}
      scope={scope}
      label={label}
      hidden={{ id: id ?? "" }}
      submit={id ? "Opslaan" : "Onderzoeker toevoegen"}
    >
      {(values, errors) =>
        RESEARCHER_FIELDS.map((name) => (
          <Field
            key={name}
            scope={scope}
            name={name}
            label={RESEARCHER_LABELS[name]}
            type={name === "groups" ? "textarea" : "text"}
            rows={3}
            hint={name === "groups" ? "Eén lectoraat per regel." : undefined}
            required={name !== "groups"}
            defaultValue={values[name]}
            errors={errors?.[name]}
          />
        ))
      }
    </EditorForm>
  );
}
