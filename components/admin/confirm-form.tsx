import Link from "next/link";
import styles from "@/app/admin/admin.module.css";
import { ConfirmButton } from "./confirm-button";

type Props = {
  action: (formData: FormData) => Promise<void>;
  /** What the action needs, as the page found it: ids, and the numbers the organiser was shown. */
  fields: Record<string, string>;
  confirm: string;
  /** Where "Nee, terug" leads: the page the organiser came from. */
  back: string;
};

/**
 * The second step of a destructive action: after the page has said what will happen, a plain
 * form that does it and a link back that does nothing. It works the same without JavaScript.
 */
export function ConfirmForm({ action, fields, confirm, back }: Props) {
  return (
    <form action={action} noValidate className={styles.actions}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton label={confirm} />
      <Link href={back}>Nee, terug</Link>
    </form>
  );
}
