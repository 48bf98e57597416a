"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A menu link that tells the current page (aria-current, and underlined by the header's CSS). */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const current = usePathname() === href;
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
