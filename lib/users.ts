// Creating accounts (command line, demo seed, tests); the author area will reuse it.
import { randomBytes } from "node:crypto";
import type { Role } from "./auth/permissions";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./auth/password";
import type { PrismaClient } from "./generated/sqlite/client";
import { slugify } from "./slug";

export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function createUser(db: PrismaClient, user: NewUser): Promise<{ id: string }> {
  const email = user.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${user.email}`);
  if (user.password.length < PASSWORD_MIN_LENGTH || user.password.length > PASSWORD_MAX_LENGTH) {
    throw new Error(`Passwords need ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);
  }
  const base = slugify(user.name) || "autor";
  let slug = base;
  for (let n = 2; await db.user.findUnique({ where: { slug } }); n++) slug = `${base}-${n}`;
  return db.user.create({
    data: {
      email,
      name: user.name.trim(),
      slug,
      role: user.role,
      passwordHash: await hashPassword(user.password),
    },
    select: { id: true },
  });
}
