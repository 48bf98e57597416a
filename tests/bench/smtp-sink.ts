// A mail server for the bench, in a process of its own: it accepts every mail without parsing it
// and prints how many it has, once a second and when asked (SIGUSR2), as "mails <n>".
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2]);
let mails = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on("end", () => {
      mails++;
      callback();
    });
    stream.resume();
  },
});
server.listen(port, "127.0.0.1", () => console.log("ready"));
// The bench may stop reading before this process is stopped.
process.stdout.on("error", () => undefined);
const report = () => console.log(`mails ${mails}`);
setInterval(report, 250).unref();
process.on("SIGUSR2", report);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
