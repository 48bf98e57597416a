import styles from "./skip-link.module.css";

/** The first stop for keyboard users: straight to the page's own content. */
export function SkipLink() {
  return (
    <a className={styles.skipLink} href="#inhoud">
      Naar de inhoud
    </a>
  );
}
