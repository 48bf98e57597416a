// A stand-alone mail catcher for the browser tests: a real SMTP server, and an HTTP endpoint on
// the next port that lists what it received as JSON. Run by Playwright as a web server.
import { createServer } from "node:http";
import { startSmtp } from "./smtp";

const smtpPort = Number(process.argv[2]);
const httpPort = Number(process.argv[3]);

void startSmtp(smtpPort).then((smtp) => {
  createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.url?.startsWith("/mails") ? smtp.mails : { ok: true }));
  }).listen(httpPort, "127.0.0.1");
  console.log(`mail catcher: smtp ${smtp.port}, http ${httpPort}`);
});
