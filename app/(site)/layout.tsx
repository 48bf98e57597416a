import { SiteFrame } from "@/components/site-frame";
import { siteSettings } from "@/lib/server/public-site";

/** Every public and personal page: header, main content and footer. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame contactEmail={(await siteSettings()).contactEmail}>{children}</SiteFrame>;
}
