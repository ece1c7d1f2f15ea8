import { describe, expect, it } from "vitest";
import { commentInputSchema } from "./comment";
import { COMMENT_LIMITS } from "./limits";

const valid = {
  postId: "3",
  parentId: "",
  name: "Leserin",
  email: "Leserin@Example.org ",
  url: "",
  body: "Ein Kommentar.",
  formToken: "t",
  homepage: "",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = commentInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe("comment form input", () => {
  it("accepts a plain comment, normalising the email and optional fields", () => {
    expect(commentInputSchema.parse(valid)).toMatchObject({
      postId: 3,
      parentId: null,
      email: "leserin@example.org",
      url: null,
      remember: false,
      notify: false,
    });
    expect(commentInputSchema.parse({ ...valid, parentId: "12", remember: "on" })).toMatchObject({
      parentId: 12,
      remember: true,
    });
  });

  it("requires name, email and comment, each with its own message", () => {
    expect(errorsOf({ ...valid, name: " ", email: "", body: "\n" })).toEqual({
      name: "Bitte gib deinen Namen an.",
      email: "Bitte gib deine E-Mail-Adresse an.",
      body: "Bitte schreib einen Kommentar.",
    });
    expect(errorsOf({ ...valid, email: "keine-adresse" })).toEqual({
      email: "Bitte gib eine gültige E-Mail-Adresse an.",
    });
  });

  it("states the length limits", () => {
    expect(errorsOf({ ...valid, name: "x".repeat(COMMENT_LIMITS.name + 1) }).name).toMatch(/höchstens 80/);
    expect(errorsOf({ ...valid, body: "x".repeat(COMMENT_LIMITS.body + 1) }).body).toMatch(/höchstens 5000/);
    expect(errorsOf({ ...valid, url: `https://example.org/${"x".repeat(200)}` }).url).toMatch(
      /höchstens 200/,
    );
  });

  it("takes only http(s) websites, adding https:// to a bare domain", () => {
    expect(commentInputSchema.parse({ ...valid, url: "www.example.org" }).url).toBe(
      "https://www.example.org",
    );
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "ftp://example.org",
      "https://",
      "http://exa mple.org",
    ]) {
      expect(errorsOf({ ...valid, url }).url, url).toBe(
        "Bitte gib eine Website-Adresse mit http:// oder https:// an.",
      );
    }
  });

  it("refuses names with direction overrides or invisible characters", () => {
    for (const name of ["Admin\u202Enimda", "Jana\u200B", "\u2066Jana\u2069", "Ja\u0000na", "Ja\uFEFFna"]) {
      expect(errorsOf({ ...valid, name }).name, JSON.stringify(name)).toMatch(/unsichtbare Zeichen/);
    }
  });

  it("keeps HTML as the text it is (it is escaped when shown)", () => {
    expect(commentInputSchema.parse({ ...valid, body: "<script>alert(1)</script>" }).body).toBe(
      "<script>alert(1)</script>",
    );
  });
});
