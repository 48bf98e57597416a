import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TextsEditor } from "@/components/admin/texts-editor";
import { textsValuesOf } from "@/lib/admin/texts-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { defaultContactEmail, getTexts } from "@/lib/server/texts";

export const metadata: Metadata = { title: "Teksten en instellingen" };

export default async function TextsPage() {
  await requireAdmin();
  const texts = await getTexts();
  if (!texts) notFound();
  return (
    <>
      <h1>Teksten en instellingen</h1>
      <p>
        Hier pas je de teksten van de website en de mails aan. Bekijk eerst het voorbeeld, en sla dan op. De website toont
        de wijziging meteen; mails die nog niet verstuurd zijn, gebruiken de nieuwe tekst. Elke wijziging komt in het
        logboek, met de oude en de nieuwe tekst.
      </p>
      <TextsEditor initial={textsValuesOf(texts)} defaultContact={defaultContactEmail()} />
    </>
  );
}
