/** The client's own question, answered with the contact address. */
export function ContactLine({ email, withQuestion = true }: { email: string; withQuestion?: boolean }) {
  return (
    <p>
      {withQuestion && "Wil je samenwerken of heb je een vraag? "}Mail naar <a href={`mailto:${email}`}>{email}</a>.
    </p>
  );
}
