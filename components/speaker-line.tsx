import type { Speaker } from "@/lib/data/programme";

/** "Nynke Joustra, projectleider, Gemeente Nieuwegein": only the parts the texts give. */
export function speakerText(speaker: Speaker): string {
  const role = speaker.role && speaker.role.charAt(0).toLowerCase() + speaker.role.slice(1);
  return [speaker.name, role, speaker.organisation].filter(Boolean).join(", ");
}
