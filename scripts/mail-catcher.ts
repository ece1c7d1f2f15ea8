// Development and test SMTP server on loopback: `npm run mail:catcher` (port 2525, data/mail/inbox.ndjson).
// Point the app at it with SMTP_URL=smtp://127.0.0.1:2525.
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { startMailCatcher } from "../lib/testing/mail-catcher";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.MAIL_CATCHER_PORT ?? "2525" },
    file: { type: "string", default: process.env.MAIL_CATCHER_FILE ?? "data/mail/inbox.ndjson" },
    quiet: { type: "boolean", default: false },
    /** Start with an empty inbox file */
    fresh: { type: "boolean", default: false },
  },
});

if (values.fresh) rmSync(values.file, { force: true });

const catcher = await startMailCatcher({
  port: Number(values.port),
  file: values.file,
  onMail: values.quiet
    ? undefined
    : (mail) => console.log(`[mail-catcher] ${mail.envelopeTo.join(", ")}: ${mail.subject}`),
});
console.log(`[mail-catcher] listening on smtp://127.0.0.1:${catcher.port}, writing ${values.file}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void catcher.close().then(() => process.exit(0)));
}
