/** A registration form post as a browser without JavaScript sends it, hidden fields included. */
export async function noJsSignUpForm(pageUrl: string, person: { name: string; email: string }): Promise<FormData> {
  const html = await (await fetch(pageUrl)).text();
  const form = html.slice(html.indexOf('<form noValidate=""'));
  const hidden = [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)];
  // The session page has its own session checked.
  const session = form.match(/name="sessions" checked="" value="([a-z0-9]+)"/)?.[1];
  const body = new FormData();
  for (const [, name, value] of hidden) body.append(name, (value ?? "").replaceAll("&quot;", '"'));
  body.append("name", person.name);
  body.append("email", person.email);
  body.append("organisation", "Gemeente Utrecht");
  body.append("role", "");
  body.append("sessions", session ?? "");
  body.append("consent", "on");
  body.append("website", "");
  return body;
}
