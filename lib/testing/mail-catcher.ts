// A real SMTP server on loopback that keeps what it receives, for development, tests and
// benchmarks: each message becomes one JSON line in a file (and goes to an optional callback).
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  receivedAt: string;
  envelopeFrom: string;
  envelopeTo: string[];
  messageId: string;
  subject: string;
  from: string;
  to: string;
  text: string;
  html: string;
  /** Lower-case header names, values as sent (unfolded) */
  headers: Record<string, string>;
}

export interface MailCatcherOptions {
  port: number;
  host?: string;
  /** Append each message as a JSON line to this file */
  file?: string;
  onMail?: (mail: CaughtMail) => void;
  /** Skip parsing: only envelope and Message-ID are recorded (benchmarks that count mails) */
  light?: boolean;
  /** Answer the DATA of a message with this SMTP error instead of taking it (fault tests) */
  refuse?: (mail: { envelopeTo: string[] }) => { code: number; message: string } | null;
}

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1";
  if (options.file) mkdirSync(path.dirname(options.file), { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      const mailFrom = session.envelope.mailFrom;
      if (options.light) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const head = Buffer.concat(chunks).subarray(0, 8192).toString("latin1");
          const mail: CaughtMail = {
            receivedAt: new Date().toISOString(),
            envelopeFrom: mailFrom ? mailFrom.address : "",
            envelopeTo,
            messageId: head.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? "",
            subject: "",
            from: "",
            to: "",
            text: "",
            html: "",
            headers: {},
          };
          options.onMail?.(mail);
          callback();
        });
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          // The whole message has arrived (the final dot was read) before a refusal
          const refusal = options.refuse?.({ envelopeTo });
          if (refusal) {
            const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
            return callback(error);
          }
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines) {
            headers[key.toLowerCase()] = line
              .slice(line.indexOf(":") + 1)
              .replace(/\r?\n\s+/g, " ")
              .trim();
          }
          const addressText = (value: typeof parsed.to) =>
            Array.isArray(value) ? value.map((item) => item.text).join(", ") : (value?.text ?? "");
          const mail: CaughtMail = {
            receivedAt: new Date().toISOString(),
            envelopeFrom: mailFrom ? mailFrom.address : "",
            envelopeTo,
            messageId: parsed.messageId ?? "",
            subject: parsed.subject ?? "",
            from: parsed.from?.text ?? "",
            to: addressText(parsed.to),
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers,
          };
          if (options.file) appendFileSync(options.file, `${JSON.stringify(mail)}\n`);
          options.onMail?.(mail);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  server.on("error", (error) => console.error("[mail-catcher]", error.message));
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
