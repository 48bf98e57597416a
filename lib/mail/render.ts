import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** Every mail goes out with a plain-text part, for clients and screen readers that skip HTML. */
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
