import type { SessionView } from "@/lib/server/public-site";

/** A full session whose registration is open: a new sign-up joins the waiting list, and may move up. */
export function FullNotice({ session, className }: { session: SessionView; className?: string }) {
  if (!session.full || !session.registrationOpen) return null;
  return (
    <p className={className}>
      <strong>Vol.</strong> De wachtlijst is open: meld je aan, dan krijg je een plek als er een vrijkomt. Dat hoor je per
      mail.
    </p>
  );
}
