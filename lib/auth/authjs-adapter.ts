// Auth.js's Prisma adapter, narrowed to how Casebook signs people in: session tokens are stored
// only as hashes (as our own password sign-in does), accounts are never created by signing in
// (an administrator creates them), and no password hash ever leaves the data layer.
import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "../db";
import { SESSION_IDLE_MS } from "./session-policy";
import { hashSessionToken } from "./sessions";

type PrismaAdapterClient = Parameters<typeof PrismaAdapter>[0];

export class SelfRegistrationRefused extends Error {
  constructor() {
    super("Accounts are created by an administrator, not by signing in");
  }
}

const userFields = { id: true, email: true, emailVerified: true, name: true, image: true } as const;

function toAdapterUser(user: AdapterUser): AdapterUser {
  const { id, email, emailVerified, name, image } = user;
  return { id, email, emailVerified, name, image };
}

export function createAuthAdapter(): Adapter {
  // Our generated client is structurally the one the adapter expects, under another import path
  const base = PrismaAdapter(db as unknown as PrismaAdapterClient);
  const withRawToken = (session: AdapterSession, sessionToken: string): AdapterSession => ({
    ...session,
    sessionToken,
  });
  return {
    ...base,
    createUser: () => {
      throw new SelfRegistrationRefused();
    },
    async getUser(id) {
      return db.user.findUnique({ where: { id }, select: userFields });
    },
    async getUserByEmail(email) {
      return db.user.findUnique({ where: { email: email.toLowerCase() }, select: userFields });
    },
    async getUserByAccount(provider_providerAccountId) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId },
        select: { user: { select: userFields } },
      });
      return account?.user ?? null;
    },
    async updateUser({ id, emailVerified }) {
      // Signing in may confirm the address; name, email and image stay the author's own
      return db.user.update({ where: { id }, data: { emailVerified }, select: userFields });
    },
    async createSession({ sessionToken, userId }) {
      const now = new Date();
      const session = await db.session.create({
        data: {
          sessionToken: hashSessionToken(sessionToken),
          userId,
          createdAt: now,
          expires: new Date(now.getTime() + SESSION_IDLE_MS),
        },
        select: { sessionToken: true, userId: true, expires: true },
      });
      return withRawToken(session, sessionToken);
    },
    async getSessionAndUser(sessionToken) {
      const row = await db.session.findUnique({
        where: { sessionToken: hashSessionToken(sessionToken) },
        select: { sessionToken: true, userId: true, expires: true, user: { select: userFields } },
      });
      if (!row) return null;
      const { user, ...session } = row;
      return { session: withRawToken(session, sessionToken), user: toAdapterUser(user) };
    },
    async updateSession({ sessionToken, expires }) {
      // Idle expiry is slid by getCurrentUser under our policy; Auth.js may only shorten it
      const row = await db.session.findUnique({ where: { sessionToken: hashSessionToken(sessionToken) } });
      if (!row) return null;
      if (expires && expires < row.expires) {
        await db.session.update({ where: { id: row.id }, data: { expires } });
      }
      return { sessionToken, userId: row.userId, expires: expires ?? row.expires };
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken: hashSessionToken(sessionToken) } });
    },
  };
}
