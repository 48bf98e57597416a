/**
 * The hidden fields with which a server action's form posts without JavaScript, from the first
 * form (or the nth) in a page's HTML.
 */
export function actionFields(html: string, nth = 0): FormData {
  const starts = [...html.matchAll(/<form /g)].map((match) => match.index);
  const form = html.slice(starts[nth] ?? 0, starts[nth + 1]);
  const body = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)) {
    body.append(name, (value ?? "").replaceAll("&quot;", '"'));
  }
  return body;
}

/** A registration form post as a browser without JavaScript sends it, hidden fields included. */
export async function noJsSignUpForm(pageUrl: string, person: { name: string; email: string }): Promise<FormData> {
  const html = await (await fetch(pageUrl)).text();
  const form = html.slice(html.indexOf('<form noValidate=""'));
  // The session page has its own session checked.
  const session = form.match(/name="sessions" checked="" value="([a-z0-9]+)"/)?.[1];
  const body = actionFields(form);
  body.append("name", person.name);
  body.append("email", person.email);
  body.append("organisation", "Gemeente Utrecht");
  body.append("role", "");
  body.append("sessions", session ?? "");
  body.append("consent", "on");
  body.append("website", "");
  return body;
}
