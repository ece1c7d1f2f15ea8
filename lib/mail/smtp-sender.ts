// Hands messages to an SMTP server over one reused connection, with a hook just before the end.
//
// Exactly-once delivery across crashes hinges on when a mail counts as sent. The server takes a
// message only when it reads the final "." line; if the connection dies before that, it discards
// what it got. So the sender streams the whole message, then asks `beforeFinalDot` to record the
// mail as sent (a database commit), and only then writes the final dot. A crash before the commit
// leaves the mail unsent in the database and discarded by the server: it is sent again later. A
// crash after the commit finds the dot already on its way (it follows within the same few ticks).
import net from "node:net";
import { Readable } from "node:stream";
import tls from "node:tls";
import SMTPConnection from "nodemailer/lib/smtp-connection";

export type DeliveryResult =
  | { status: "sent"; response: string }
  /** beforeFinalDot declined (the mail was taken over by another worker): nothing was delivered */
  | { status: "aborted" }
  | {
      status: "failed";
      error: string;
      /** The server refused for good (5xx): retrying will not help */
      permanent: boolean;
      /** The final dot was written, so the server may have taken the mail although we saw an error */
      afterHandover: boolean;
      /** The server answered with a status code: it definitely did not take the mail */
      refusedByServer: boolean;
    };

export interface Envelope {
  from: string;
  to: string;
}

export function smtpOptionsFromUrl(
  url: string,
): SMTPConnection.Options & { auth?: SMTPConnection.Credentials } {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    // Outside loopback, never send credentials or mail in the clear
    requireTLS: !secure && !loopback,
    ignoreTLS: !secure && loopback,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...(parsed.username
      ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
      : {}),
  };
}

interface SmtpError extends Error {
  responseCode?: number;
}

export class SmtpSender {
  private connection: SMTPConnection | null = null;
  private connecting: Promise<SMTPConnection> | null = null;
  /** The message being streamed, so a dropped connection can end its send at once */
  private inFlight: Readable | null = null;

  constructor(private readonly url: string) {}

  /**
   * The socket is opened here, with Nagle's algorithm off: the final dot is a few bytes sent right
   * after the message, and waiting for the message's acknowledgement would delay every mail.
   */
  private connectSocket(options: SMTPConnection.Options): Promise<net.Socket> {
    const host = options.host ?? "127.0.0.1";
    const port = options.port ?? 587;
    return new Promise((resolve, reject) => {
      const raw = net.connect({ host, port, noDelay: true });
      const socket = options.secure
        ? tls.connect({ socket: raw, servername: net.isIP(host) ? undefined : host })
        : raw;
      const timer = setTimeout(() => socket.destroy(new Error("SMTP connection timed out")), 10_000);
      socket.once(options.secure ? "secureConnect" : "connect", () => {
        clearTimeout(timer);
        socket.removeListener("error", reject);
        resolve(socket);
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  private async open(): Promise<SMTPConnection> {
    const { auth, ...options } = smtpOptionsFromUrl(this.url);
    const socket = await this.connectSocket(options);
    return new Promise((resolve, reject) => {
      const connection = new SMTPConnection({ ...options, connection: socket, secured: options.secure });
      connection.once("error", reject);
      connection.connect((connectError) => {
        if (connectError) return reject(connectError);
        const ready = () => {
          connection.removeListener("error", reject);
          // A dropped connection is noticed on the next send; the error must not crash the process
          connection.on("error", () => this.forget(connection));
          connection.once("end", () => this.forget(connection));
          resolve(connection);
        };
        if (!auth) return ready();
        connection.login(auth, (loginError) => (loginError ? reject(loginError) : ready()));
      });
    });
  }

  private forget(connection: SMTPConnection): void {
    if (this.connection !== connection) return;
    this.connection = null;
    this.inFlight?.destroy(new Error("SMTP connection closed"));
  }

  private async ready(): Promise<SMTPConnection> {
    if (this.connection) return this.connection;
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    this.connection = await this.connecting;
    return this.connection;
  }

  async deliver(
    envelope: Envelope,
    message: Buffer,
    beforeFinalDot: () => Promise<boolean>,
  ): Promise<DeliveryResult> {
    let connection: SMTPConnection;
    try {
      connection = await this.ready();
    } catch (error) {
      return failed(error, false);
    }
    let handedOver = false;
    let aborted = false;
    // Set when the send is over; a refused envelope still drains the body, which must not commit
    let settled = false;
    let phase: "body" | "commit" | "done" = "body";
    const body = new Readable({
      read() {
        if (settled) {
          this.push(null);
          return;
        }
        if (phase === "body") {
          phase = "commit";
          this.push(message);
          return;
        }
        if (phase !== "commit") return;
        phase = "done";
        // Asked for more: the whole message has gone into the connection. Now record, then end.
        beforeFinalDot().then(
          (proceed) => {
            if (!proceed) {
              aborted = true;
              this.destroy(new Error("delivery aborted before the final dot"));
              return;
            }
            handedOver = true;
            this.push(null);
          },
          (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    this.inFlight = body;
    return new Promise<DeliveryResult>((resolve) => {
      connection.send(envelope, body, (error, info) => {
        settled = true;
        this.inFlight = null;
        if (!error) return resolve({ status: "sent", response: info.response });
        // The server is mid-message and must never see an end to it: drop the connection
        if (!handedOver || !(error as SmtpError).responseCode) this.discard(connection);
        resolve(aborted ? { status: "aborted" } : failed(error, handedOver));
      });
    });
  }

  private discard(connection: SMTPConnection): void {
    this.forget(connection);
    connection.close();
  }

  close(): void {
    const connection = this.connection;
    if (!connection) return;
    this.forget(connection);
    connection.quit();
  }
}

function failed(error: unknown, afterHandover: boolean): DeliveryResult {
  const code = (error as SmtpError | null)?.responseCode;
  return {
    status: "failed",
    error: error instanceof Error ? error.message : String(error),
    permanent: typeof code === "number" && code >= 500,
    afterHandover,
    refusedByServer: typeof code === "number",
  };
}
