// Database sessions: created at sign-in, checked on every author-area request,
// revocable by deleting the row. Tokens are stored only as SHA-256 hashes.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { Actor } from "./permissions";
import {
  isSessionValid,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  sessionCookieOptions,
  slidExpiry,
} from "./session-policy";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
  slug: string;
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session for the user and sets its cookie (inside a server action) */
export async function startSession(userId: string): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await db.session.deleteMany({ where: { sessionToken: hashSessionToken(previous) } });
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.session.create({
    data: {
      sessionToken: hashSessionToken(token),
      userId,
      createdAt: now,
      expires: new Date(now.getTime() + SESSION_IDLE_MS),
    },
  });
  jar.set(SESSION_COOKIE, token, {
    ...sessionCookieOptions,
    expires: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
}

/** Ends the current session for real: the row goes, the cookie goes */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await db.session.deleteMany({ where: { sessionToken: hashSessionToken(token) } });
  jar.delete({ name: SESSION_COOKIE, path: "/" });
}

/** Ends every session of a user, e.g. after a password change or when an admin disables them */
export async function endAllSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** The signed-in user of this request, or null; one database read per request */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const sessionToken = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      createdAt: true,
      expires: true,
      user: {
        select: {
          id: true,
          role: true,
          name: true,
          email: true,
          slug: true,
          disabledAt: true,
          passwordChangedAt: true,
        },
      },
    },
  });
  if (!session) return null;
  const now = new Date();
  if (!isSessionValid(session, session.user, now)) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  const expires = slidExpiry(session, now);
  if (expires) await db.session.update({ where: { sessionToken }, data: { expires } });
  const { id, role, name, email, slug } = session.user;
  return { id, role, name, email, slug };
});

/** The signed-in user, or a redirect to the sign-in page (for author-area pages) */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
