import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("are stored as argon2id with at least 19 MiB and 2 iterations", async () => {
    const stored = await hashPassword("korrekt Pferd Batterie");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain("Pferd");
  });

  it("verify only the right password", async () => {
    const stored = await hashPassword("korrekt Pferd Batterie");
    expect(await verifyPassword(stored, "korrekt Pferd Batterie")).toBe(true);
    expect(await verifyPassword(stored, "korrekt Pferd batterie")).toBe(false);
    expect(await verifyPassword(null, "irgendwas")).toBe(false);
    expect(await verifyPassword("kein-hash", "irgendwas")).toBe(false);
  });
});
