// The outbox worker as its own process: `npm run mail:worker` (set MAIL_WORKER=false for the web
// server then, or let both run: each mail is claimed before it is sent). SIGTERM/SIGINT finish
// the mail in hand and stop.
import { readMailConfig } from "../lib/mail/config";
import { MailWorker } from "../lib/mail/worker";
import { siteConfig } from "../lib/site-config";

const config = readMailConfig();
if (!config.smtpUrl) {
  console.error("SMTP_URL is not set: there is nowhere to send mail to.");
  process.exit(1);
}
const worker = new MailWorker({ config, siteUrl: siteConfig.url });
worker.start();
console.log(`[casebook] mail worker ${worker.id} sending through ${new URL(config.smtpUrl).host}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void worker.stop().then(() => process.exit(0)));
}
