// Outgoing mail settings, read from the environment once (README "Configuration").
import { z } from "zod";

const schema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { error: "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Casebook <noreply@localhost>"),
  MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  MAIL_WORKER: z.enum(["true", "false"]).default("true"),
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  MAIL_CONNECTIONS: z.coerce.number().int().min(1).max(16).default(2),
});

export interface MailConfig {
  /** null: nothing is sent; mails wait in the outbox until SMTP is configured */
  smtpUrl: string | null;
  from: string;
  /** Upper bound on mails handed to the SMTP server per minute */
  ratePerMinute: number;
  /** Whether the web server runs the outbox worker itself (off when it runs as its own process) */
  workerInServer: boolean;
  /** A claimed mail whose worker has not finished it after this long is taken over by another */
  leaseMs: number;
  /** SMTP connections the worker sends over in parallel */
  connections: number;
}

export function readMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = schema.parse({
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || undefined,
    MAIL_RATE_PER_MINUTE: env.MAIL_RATE_PER_MINUTE || undefined,
    MAIL_WORKER: env.MAIL_WORKER || undefined,
    MAIL_LEASE_SECONDS: env.MAIL_LEASE_SECONDS || undefined,
    MAIL_CONNECTIONS: env.MAIL_CONNECTIONS || undefined,
  });
  return {
    smtpUrl: parsed.SMTP_URL ?? null,
    from: parsed.MAIL_FROM,
    ratePerMinute: parsed.MAIL_RATE_PER_MINUTE,
    workerInServer: parsed.MAIL_WORKER === "true",
    leaseMs: parsed.MAIL_LEASE_SECONDS * 1000,
    connections: parsed.MAIL_CONNECTIONS,
  };
}

export const mailConfig: MailConfig = readMailConfig();
