// The Auth.js adapter as Casebook narrows it: hashed session tokens, no sign-up, no password hashes out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { prepareTestDatabase } = await import("../testing/test-database");
await prepareTestDatabase("authjs");
const { db } = await import("../db");
const { createAuthAdapter, SelfRegistrationRefused } = await import("./authjs-adapter");
const { hashSessionToken } = await import("./sessions");
const { enabledProviders } = await import("./authjs");

const adapter = createAuthAdapter();
let userId = "";

beforeAll(async () => {
  userId = (
    await db.user.create({
      data: {
        email: "autorin@example.org",
        name: "Autorin",
        slug: "autorin",
        passwordHash: "$argon2id$secret",
      },
    })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("Auth.js adapter", () => {
  it("stores only the hash of a session token and finds the session by the token", async () => {
    const expires = new Date(Date.now() + 60_000);
    const session = await adapter.createSession?.({ sessionToken: "raw-token", userId, expires });
    expect(session?.sessionToken).toBe("raw-token");
    const row = await db.session.findFirstOrThrow({ where: { userId } });
    expect(row.sessionToken).toBe(hashSessionToken("raw-token"));
    const found = await adapter.getSessionAndUser?.("raw-token");
    expect(found?.user).toEqual({
      id: userId,
      email: "autorin@example.org",
      emailVerified: null,
      name: "Autorin",
      image: null,
    });
    expect(await adapter.getSessionAndUser?.(row.sessionToken)).toBeNull();
    await adapter.deleteSession?.("raw-token");
    expect(await db.session.count({ where: { userId } })).toBe(0);
  });

  it("never creates an account, and finds existing ones without their password hash", async () => {
    expect(() =>
      adapter.createUser?.({ id: "x", email: "neu@example.org", emailVerified: null, name: "Neu" }),
    ).toThrow(SelfRegistrationRefused);
    expect(await db.user.count({ where: { email: "neu@example.org" } })).toBe(0);
    const user = await adapter.getUserByEmail?.("AUTORIN@example.org");
    expect(user).toMatchObject({ id: userId });
    expect(JSON.stringify(user)).not.toContain("argon2");
  });

  it("links a GitHub account to the existing user only through the account table", async () => {
    await adapter.linkAccount?.({
      userId,
      type: "oauth",
      provider: "github",
      providerAccountId: "12345",
      access_token: "gho_x",
      token_type: "bearer",
      scope: "read:user,user:email",
    });
    expect(
      await adapter.getUserByAccount?.({ provider: "github", providerAccountId: "12345" }),
    ).toMatchObject({
      id: userId,
    });
    expect(await adapter.getUserByAccount?.({ provider: "github", providerAccountId: "999" })).toBeNull();
  });
});

describe("sign-in providers", () => {
  it("switch on only when their settings are present", () => {
    expect(enabledProviders({})).toEqual({ github: false, emailLink: false });
    expect(enabledProviders({ AUTH_GITHUB_ID: "id" })).toEqual({ github: false, emailLink: false });
    expect(
      enabledProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s", SMTP_URL: "smtp://127.0.0.1:2525" }),
    ).toEqual({
      github: true,
      emailLink: true,
    });
    expect(enabledProviders({ SMTP_URL: "smtp://127.0.0.1:2525", AUTH_EMAIL_LINKS: "false" }).emailLink).toBe(
      false,
    );
  });
});
