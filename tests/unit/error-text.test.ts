import { describe, expect, it } from "vitest";
import { describeError, errorForLog, withoutAddresses } from "@/lib/error-text";

describe("error texts for logs and stored errors", () => {
  it("replace every address a mail server or driver echoes", () => {
    const refusal = "Can't send mail - all recipients were rejected: 550 5.1.1 <Anne.de-Vries+cosie@gemeente.utrecht.nl>: Recipient address rejected";
    expect(withoutAddresses(refusal)).toBe("Can't send mail - all recipients were rejected: 550 5.1.1 <[adres]>: Recipient address rejected");
    expect(describeError(new Error("bob@example.nl and o'brien@example.co.uk"))).toBe("Error: [adres] and [adres]");
  });

  it("keep a stack trace's file paths, scoped package names included", () => {
    const error = new Error("failed for anne@example.nl");
    error.stack = "Error: failed for anne@example.nl\n    at di.request (/srv/cosie/node_modules/@prisma/client/runtime/client.js:81:6300)";
    expect(errorForLog(error)).toBe("Error: failed for [adres]\n    at di.request (/srv/cosie/node_modules/@prisma/client/runtime/client.js:81:6300)");
  });
});
