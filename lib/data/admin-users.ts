// Accounts in the author area: only administrators create them, change roles, disable them
// and reset passwords. Nobody signs up; the site never has a default password.
import "server-only";
import { hashPassword } from "../auth/password";
import { can, type Actor, type Role } from "../auth/permissions";
import { db } from "../db";
import { createUser, generatePassword } from "../users";
import { InvalidInputError, NotAuthorisedError, NotFoundError } from "./errors";

function requireAdmin(actor: Actor | null): Actor {
  if (!actor || !can.manageUsers(actor)) throw new NotAuthorisedError("Konten verwaltet die Administration.");
  return actor;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: Date;
  postCount: number;
  activeSessions: number;
}

export async function listUsers(actor: Actor | null): Promise<UserRow[]> {
  requireAdmin(actor);
  const now = new Date();
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      passwordHash: true,
      createdAt: true,
      _count: { select: { posts: true, sessions: { where: { expires: { gt: now } } } } },
    },
  });
  return users.map(({ passwordHash, disabledAt, _count, ...user }) => ({
    ...user,
    disabled: disabledAt !== null,
    hasPassword: passwordHash !== null,
    postCount: _count.posts,
    activeSessions: _count.sessions,
  }));
}

/** Creates an account with a one-time password that the administrator passes on */
export async function createUserAccount(
  actor: Actor | null,
  input: { name: string; email: string; role: Role },
): Promise<{ id: string; password: string }> {
  requireAdmin(actor);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new InvalidInputError("Bitte prüfe die markierten Felder.", {
      email: ["Zu dieser E-Mail-Adresse gibt es schon ein Konto."],
    });
  }
  const password = generatePassword();
  const user = await createUser(db, { ...input, password });
  return { id: user.id, password };
}

async function requireAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, disabledAt: true },
  });
  if (!user) throw new NotFoundError("Dieses Konto gibt es nicht.");
  return user;
}

/** The site must keep one administrator who can sign in */
async function assertAnotherActiveAdmin(userId: string, message: string): Promise<void> {
  const others = await db.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new InvalidInputError(message);
}

export async function changeUserRole(actor: Actor | null, userId: string, role: Role): Promise<void> {
  requireAdmin(actor);
  const user = await requireAccount(userId);
  if (user.role === role) return;
  if (user.role === "ADMIN") {
    await assertAnotherActiveAdmin(userId, "Es muss mindestens eine aktive Administration bleiben.");
  }
  await db.user.update({ where: { id: userId }, data: { role } });
}

/** Disabling ends every session at once; the account and its posts stay */
export async function setUserDisabled(actor: Actor | null, userId: string, disabled: boolean): Promise<void> {
  const admin = requireAdmin(actor);
  if (userId === admin.id && disabled)
    throw new InvalidInputError("Du kannst dein eigenes Konto nicht sperren.");
  const user = await requireAccount(userId);
  if (disabled && user.role === "ADMIN") {
    await assertAnotherActiveAdmin(userId, "Es muss mindestens eine aktive Administration bleiben.");
  }
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
  ]);
}

/** A new one-time password; the old one and every session stop working */
export async function resetUserPassword(actor: Actor | null, userId: string): Promise<{ password: string }> {
  requireAdmin(actor);
  await requireAccount(userId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  return { password };
}
