import styles from "./site-main.module.css";

/** The page's main landmark; the skip link and focus after navigation land here. */
export function SiteMain({ children }: { children: React.ReactNode }) {
  return (
    <main id="inhoud" tabIndex={-1} className={styles.main}>
      {children}
    </main>
  );
}
