import type { Metadata } from "next";
import { NotFoundHelp } from "@/components/not-found-help";
import { SiteFrame } from "@/components/site-frame";

export const metadata: Metadata = {
  title: "Pagina niet gevonden",
  description: "Deze pagina bestaat niet. Hier vind je de weg terug naar het programma.",
};

// Built once, with no database or configuration. Every 404 is this page: the custom server
// (lib/cli/next-server.ts) sends its prerendered HTML, so it also reads without JavaScript.
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundHelp />
    </SiteFrame>
  );
}
