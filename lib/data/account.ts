// The signed-in user's own account.
import "server-only";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { InvalidInputError, NotAuthorisedError } from "./errors";

/** Sets a new password; every existing session of the user ends with it */
export async function changePassword(
  actor: Actor | null,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (!actor) throw new NotAuthorisedError("Bitte melde dich an.");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new InvalidInputError("Das bisherige Passwort stimmt nicht.", {
      currentPassword: ["Das bisherige Passwort stimmt nicht."],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date() } }),
    db.session.deleteMany({ where: { userId: actor.id } }),
  ]);
}
