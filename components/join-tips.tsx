import styles from "./join-tips.module.css";

/** The client's tips for joining a Teams session. */
export function JoinTips({ tips }: { tips: string[] }) {
  return (
    <ul className={styles.tips}>
      {tips.map((tip) => (
        <li key={tip}>{tip}</li>
      ))}
    </ul>
  );
}
