import { addDays } from "date-fns";

// /.well-known/security.txt (RFC 9116): whom to tell about a vulnerability. Expires is worked out
// from the moment of the request, so the file never goes out of date while the site runs, and a
// copy kept after the site is gone stops being trusted soon.

const VALID_DAYS = 90; // RFC 9116 asks for less than a year

export function securityTxt({ contact, appUrl, now }: { contact: string; appUrl: string; now: Date }): string {
  const lines = [
    `Contact: ${contact}`,
    `Expires: ${addDays(now, VALID_DAYS).toISOString()}`,
    "Preferred-Languages: nl, en",
    // The RFC wants a Canonical URI served over https; a site on plain http has none.
    ...(appUrl.startsWith("https://") ? [`Canonical: ${appUrl}/.well-known/security.txt`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
