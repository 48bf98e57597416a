import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Reply-To address, or "" without one. */
  replyTo: string;
  messageId: string;
  attachments: { filename: string; contentType: string; content: string }[];
};

export type TestSmtp = {
  url: string;
  port: number;
  mails: CapturedMail[];
  /** Refuse recipients matching this with a permanent 550, as a mailbox that does not exist. */
  rejectRecipient: (address: string) => boolean;
  /** Answer this many more mails, after reading them whole, with a temporary 451: the sender must retry. */
  deferNext: number;
  /** The mails answered with 451, as they were sent. */
  deferred: CapturedMail[];
  /** Answer each accepted mail only this long after reading it: a slow mail server. */
  delayMs: number;
  /** Mails read whole and not yet answered, while delayMs holds them. */
  held: number;
  close(): Promise<void>;
};

function capture(parsed: ParsedMail): CapturedMail {
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  return {
    to: to?.value[0]?.address ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    replyTo: parsed.replyTo?.value[0]?.address ?? "",
    messageId: parsed.messageId ?? "",
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? "",
      contentType: a.contentType,
      content: a.content.toString("utf8"),
    })),
  };
}

/**
 * A real SMTP server on a free port (or the given one) that keeps every mail it accepts. A light
 * one keeps only each mail's envelope recipient and raw text, without parsing: for thousands.
 */
export async function startSmtp(port = 0, { light = false } = {}): Promise<TestSmtp> {
  const mails: CapturedMail[] = [];
  const smtp: TestSmtp = {
    url: "",
    port: 0,
    mails,
    rejectRecipient: () => false,
    deferNext: 0,
    deferred: [],
    delayMs: 0,
    held: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (smtp.rejectRecipient(address.address)) {
        // As real servers do, the answer names the address: logs and stored errors must not.
        const error = Object.assign(new Error(`550 5.1.1 <${address.address}>: Mailbox does not exist`), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      if (light) {
        const parts: Buffer[] = [];
        stream.on("data", (part: Buffer) => parts.push(part));
        stream.on("end", () => {
          const text = Buffer.concat(parts).toString("utf8");
          mails.push({ to: session.envelope.rcptTo[0]?.address ?? "", subject: "", text, html: "", replyTo: "", messageId: "", attachments: [] });
          callback();
        });
        return;
      }
      simpleParser(stream)
        .then(async (parsed) => {
          if (smtp.deferNext > 0) {
            smtp.deferNext--;
            smtp.deferred.push(capture(parsed));
            return callback(Object.assign(new Error("451 4.3.0 Try again later"), { responseCode: 451 }));
          }
          smtp.held++;
          await new Promise((resolve) => setTimeout(resolve, smtp.delayMs));
          smtp.held--;
          mails.push(capture(parsed));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  smtp.port = typeof address === "object" && address ? address.port : port;
  smtp.url = `smtp://127.0.0.1:${smtp.port}`;
  return smtp;
}
