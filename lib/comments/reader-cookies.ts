// The cookies of a commenting reader: a random token that lets them see their own comments while
// they wait, a marker that they have such comments (which routes them to the personal view of a
// post), and, only if they opt in, the name, email and website to fill in next time.
import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { useSecureCookies } from "../auth/session-policy";
import { COMMENTER_COOKIE, PENDING_COOKIE, READER_COOKIE } from "./personal-view";

const ONE_YEAR_S = 365 * 24 * 60 * 60;
/** Moderation usually happens within days; after that the reader gets the cached pages again */
const PENDING_S = 7 * 24 * 60 * 60;
const options = { httpOnly: true, sameSite: "lax", secure: useSecureCookies, path: "/" } as const;

const rememberedSchema = z.object({
  name: z.string().max(80),
  email: z.string().max(254),
  url: z.string().max(200),
});
export type RememberedCommenter = z.output<typeof rememberedSchema>;

export async function readReaderToken(): Promise<string | undefined> {
  return (await cookies()).get(READER_COOKIE)?.value;
}

/** The reader's token, created on their first comment */
export async function ensureReaderToken(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(READER_COOKIE)?.value;
  if (existing && /^[\w-]{32,64}$/.test(existing)) return existing;
  const token = randomBytes(24).toString("base64url");
  jar.set(READER_COOKIE, token, { ...options, maxAge: ONE_YEAR_S });
  return token;
}

/** After a comment that waits: the reader's next visits show it to them */
export async function markCommentWaiting(): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, "1", { ...options, maxAge: PENDING_S });
}

export async function clearCommentWaiting(): Promise<void> {
  (await cookies()).delete({ name: PENDING_COOKIE, path: "/" });
}

export async function readRememberedCommenter(): Promise<RememberedCommenter | null> {
  const value = (await cookies()).get(COMMENTER_COOKIE)?.value;
  if (!value) return null;
  try {
    const parsed = rememberedSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Opting in stores the details for a year; opting out forgets them at once */
export async function rememberCommenter(details: RememberedCommenter | null): Promise<void> {
  const jar = await cookies();
  if (!details) {
    jar.delete({ name: COMMENTER_COOKIE, path: "/" });
    return;
  }
  jar.set(COMMENTER_COOKIE, Buffer.from(JSON.stringify(details)).toString("base64url"), {
    ...options,
    maxAge: ONE_YEAR_S,
  });
}
