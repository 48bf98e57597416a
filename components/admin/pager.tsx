import Link from "next/link";
import styles from "@/app/admin/admin.module.css";

type Props = { label: string; page: number; pageSize: number; total: number; href: (page: number) => string };

/** "Vorige 100 · Volgende 100" under a list that holds more than one page. */
export function Pager({ label, page, pageSize, total, href }: Props) {
  if (total <= pageSize) return null;
  return (
    <nav aria-label={label} className={styles.actions}>
      {page > 1 && <Link href={href(page - 1)}>Vorige {pageSize}</Link>}
      {page * pageSize < total && <Link href={href(page + 1)}>Volgende {pageSize}</Link>}
    </nav>
  );
}

/** "1 tot en met 100 van 2345", for a caption. */
export function pageRange(page: number, pageSize: number, shown: number, total: number): string {
  const first = (page - 1) * pageSize + 1;
  return total > pageSize ? `${first} tot en met ${first + shown - 1} van ${total}` : String(total);
}
