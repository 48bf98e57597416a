import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SiteMain } from "./site-main";

/** The site's header, main landmark and footer, around every public page and the 404 page. */
export function SiteFrame({ contactEmail, children }: { contactEmail?: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <SiteMain>{children}</SiteMain>
      <SiteFooter contactEmail={contactEmail} />
    </>
  );
}
