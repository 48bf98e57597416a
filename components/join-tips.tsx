import { MarkdownLine } from "./markdown";
import styles from "./join-tips.module.css";

/** The organisers' tips for joining a Teams session: one line of markdown each. */
export function JoinTips({ tips }: { tips: string[] }) {
  return (
    <ul className={styles.tips}>
      {tips.map((tip) => (
        <MarkdownLine key={tip} as="li" text={tip} />
      ))}
    </ul>
  );
}
