// Sends what waits in the outbox, one mail at a time over a reused SMTP connection, no faster than
// the configured rate. It runs inside the web server (started from instrumentation.ts) or as its
// own process (`npm run mail:worker`); several may run at once, as each mail is claimed first.
import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import {
  claimMails,
  markMailSent,
  nextMailDueAt,
  noteUnconfirmedHandover,
  recordMailFailure,
  releaseMails,
  type OutboxMail,
} from "../data/outbox";
import { queueDueNewPostMails } from "../data/subscriptions";
import { composeMail, envelopeAddress } from "./compose";
import type { MailConfig } from "./config";
import { SmtpSender } from "./smtp-sender";
import { onMailQueued } from "./wake";

const IDLE_POLL_MS = 5_000;
/** Mails claimed at once: fewer queries per mail; a vanished worker's batch waits out its lease */
const BATCH_SIZE = 20;
/** How often the worker looks for new posts whose mails were not queued (a server stopped) */
const NEW_POST_SWEEP_MS = 60_000;

export interface MailWorkerOptions {
  config: MailConfig;
  siteUrl: string;
  log?: (message: string) => void;
}

export class MailWorker {
  readonly id = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  /** One per SMTP connection the worker keeps open (MAIL_CONNECTIONS) */
  private readonly senders: SmtpSender[];
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nextSendAt = 0;
  private nextSweepAt = 0;

  constructor(private readonly options: MailWorkerOptions) {
    const { smtpUrl, connections } = options.config;
    this.senders = smtpUrl ? Array.from({ length: connections }, () => new SmtpSender(smtpUrl)) : [];
  }

  private log(message: string): void {
    (this.options.log ?? console.log)(`[casebook] mail: ${message}`);
  }

  /** Sends the mails that are due now, a batch at a time over all connections; the number sent */
  async sendDue(now = new Date(), limit = BATCH_SIZE): Promise<number> {
    if (this.senders.length === 0) return 0;
    const queue = await claimMails(this.id, now, this.options.config.leaseMs, limit);
    let sent = 0;
    await Promise.all(
      this.senders.map(async (sender) => {
        for (let mail = queue.shift(); mail; mail = queue.shift()) {
          if (!this.running && this.loop) {
            // Stopping: what is left goes back to the queue for the next worker
            await releaseMails([mail.id, ...queue.splice(0).map((rest) => rest.id)], this.id);
            return;
          }
          await this.slot();
          await this.deliver(sender, mail);
          sent++;
        }
      }),
    );
    return sent;
  }

  private async deliver(sender: SmtpSender, mail: OutboxMail): Promise<void> {
    const { config, siteUrl } = this.options;
    const message = await composeMail(mail, config.from, siteUrl);
    const result = await sender.deliver(
      { from: envelopeAddress(config.from), to: mail.toAddress },
      message,
      () => markMailSent(mail.id, this.id, new Date()),
    );
    switch (result.status) {
      case "sent":
        return;
      case "aborted":
        this.log(`mail ${mail.id} was withdrawn or taken over while sending; not delivered here`);
        return;
      case "failed":
        if (result.afterHandover && !result.refusedByServer) {
          // The final dot went out; the server may well have it. A second copy is worse than none.
          await noteUnconfirmedHandover(mail.id, result.error);
          this.log(`mail ${mail.id} handed over without confirmation: ${result.error}`);
          return;
        }
        {
          const status = await recordMailFailure(mail, this.id, result, new Date());
          this.log(
            `mail ${mail.id} to ${mail.toAddress} failed (attempt ${mail.attempts}, ${status === "FAILED" ? "given up" : "will retry"}): ${result.error}`,
          );
        }
    }
  }

  /**
   * A publish queues its mails right after its response; a server stopping in between leaves the
   * post marked, and the worker queues those mails at its start and once a minute after that
   */
  private async sweepNewPostMails(): Promise<void> {
    if (Date.now() < this.nextSweepAt) return;
    this.nextSweepAt = Date.now() + NEW_POST_SWEEP_MS;
    const queued = await queueDueNewPostMails();
    if (queued > 0) this.log(`queued ${queued} mails about new posts`);
  }

  /** Takes the next free slot under the send rate, shared by all connections */
  private async slot(): Promise<void> {
    const at = Math.max(Date.now(), this.nextSendAt);
    this.nextSendAt = at + 60_000 / this.options.config.ratePerMinute;
    const wait = at - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).then(() => {
      this.wake = null;
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.senders.length === 0) this.log("SMTP_URL is not set: mails wait in the outbox");
    onMailQueued(() => this.wake?.());
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.sweepNewPostMails();
        if (this.senders.length === 0) {
          await this.sleep(IDLE_POLL_MS * 12);
          continue;
        }
        if ((await this.sendDue()) > 0) continue;
        const due = await nextMailDueAt();
        const untilDue = due ? due.getTime() - Date.now() : IDLE_POLL_MS;
        await this.sleep(Math.min(IDLE_POLL_MS, Math.max(50, untilDue)));
      } catch (error) {
        this.log(`worker error: ${error instanceof Error ? error.message : String(error)}`);
        await this.sleep(IDLE_POLL_MS);
      }
    }
  }

  /** Finishes the mail in hand, then stops */
  async stop(): Promise<void> {
    this.running = false;
    onMailQueued(undefined);
    this.wake?.();
    await this.loop;
    for (const sender of this.senders) sender.close();
  }
}

const registry = globalThis as { casebookMailWorker?: MailWorker };

/** The one worker of this process (instrumentation.ts starts it) */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  registry.casebookMailWorker ??= new MailWorker(options);
  registry.casebookMailWorker.start();
  return registry.casebookMailWorker;
}
