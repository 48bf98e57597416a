import type { Metadata } from "next";
import { NotFoundHelp } from "@/components/not-found-help";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SiteMain } from "@/components/site-main";

export const metadata: Metadata = {
  title: "Pagina niet gevonden",
  description: "Deze pagina bestaat niet. Hier vind je de weg terug naar het programma.",
};

// Built once, with no database or configuration: every unknown path gets this page.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <SiteMain>
        <NotFoundHelp />
      </SiteMain>
      <SiteFooter />
    </>
  );
}
