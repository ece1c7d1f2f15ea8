import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaForProvider } from "./db";

describe("the PostgreSQL twin of schema.prisma", () => {
  const schema = readFileSync("prisma/schema.prisma", "utf8");

  it("differs only in provider and client output", () => {
    const twin = schemaForProvider(schema, "postgresql");
    expect(twin).toMatch(/provider = "postgresql"/);
    expect(twin).toMatch(/output\s*=\s*".*lib\/generated\/postgresql"/);
    const models = (text: string) => text.slice(text.indexOf("enum Role"));
    expect(models(twin)).toBe(models(schema));
  });
});
