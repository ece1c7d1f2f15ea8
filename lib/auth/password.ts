// Password hashing with argon2id (OWASP's minimum: 19 MiB memory, 2 iterations).
import { hash, verify, type Options } from "@node-rs/argon2";

// `Algorithm.Argon2id` is a const enum, which isolated modules cannot read; 2 is its value.
const ARGON2ID = 2;

export const passwordHashOptions: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions);
}

// Verifying against this when the account does not exist costs the same time,
// so response times do not tell which email addresses have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("casebook-dummy-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
