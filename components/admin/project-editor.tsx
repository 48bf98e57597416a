"use client";

import { saveProjectAction } from "@/app/admin/(beheer)/project/actions";
import { PROJECT_FIELDS, PROJECT_LABELS, type ProjectField } from "@/lib/admin/project-fields";
import { MARKDOWN_HINT } from "@/lib/text/markdown-hint";
import { Field } from "../form/field";
import { EditorForm } from "./editor-form";

const SPECS: { name: ProjectField; type?: "date" | "textarea"; hint?: string; required?: boolean }[] = [
  { name: "title", required: true },
  { name: "intro", type: "textarea", hint: MARKDOWN_HINT, required: true },
  { name: "startsOn", type: "date", hint: "Zoals 1-12-2017.", required: true },
  { name: "endsOn", type: "date", hint: "Na de begindatum.", required: true },
  { name: "partnerCountries", type: "textarea", hint: "Eén land per regel. Leeg: de pagina noemt geen landen." },
  { name: "funding", hint: "Wie het project betaalt, in een zin. Leeg: de pagina zegt er niets over." },
];

/** The project page's own texts: title, introduction, duration, partner countries and funding. */
export function ProjectEditor({ stored }: { stored: Record<ProjectField, string> }) {
  return (
    <EditorForm action={saveProjectAction} stored={stored} order={PROJECT_FIELDS} scope="pagina" label="Titel, inleiding en feiten" heading="h3" preview>
      {(values, errors) =>
        SPECS.map((spec) => (
          <Field
            key={spec.name}
            scope="pagina"
            name={spec.name}
            label={PROJECT_LABELS[spec.name]}
            type={spec.type}
            hint={spec.hint}
            required={spec.required ?? false}
            defaultValue={values[spec.name]}
            errors={errors?.[spec.name]}
          />
        ))
      }
    </EditorForm>
  );
}
