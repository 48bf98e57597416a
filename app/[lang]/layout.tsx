import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SiteMain } from "@/components/site-main";
import { env } from "@/lib/env";

// `lang` is always "nl" (next.config.ts rewrites every public path to /nl/...). Returning no params
// here makes each page render on its first request and then come from the cache, so the build
// bakes in no database content.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <SiteMain>{children}</SiteMain>
      <SiteFooter contactEmail={env().CONTACT_EMAIL} />
    </>
  );
}
