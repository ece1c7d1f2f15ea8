import { describe, expect, it } from "vitest";
import { defaultSiteSettings } from "../validations/settings";
import { classifyComment, placeReply, type CommentFacts } from "./classify";

const facts: CommentFacts = {
  name: "Leserin",
  email: "leserin@example.org",
  url: null,
  body: "Schöne Geschichte, kenne ich genau so.",
  byModerator: false,
  knownCommenter: true,
  identifyingDetails: 0,
};
const rules = { ...defaultSiteSettings };

describe("classifyComment", () => {
  it("approves a known commenter's ordinary comment", () => {
    expect(classifyComment(facts, rules)).toEqual({ status: "APPROVED", reasons: [] });
  });

  it("holds a first comment by default, and every comment when the site says so", () => {
    expect(classifyComment({ ...facts, knownCommenter: false }, rules)).toEqual({
      status: "PENDING",
      reasons: ["Erster Kommentar"],
    });
    expect(
      classifyComment({ ...facts, knownCommenter: false }, { ...rules, holdFirstComments: false }).status,
    ).toBe("APPROVED");
    expect(classifyComment(facts, { ...rules, holdAllComments: true }).status).toBe("PENDING");
  });

  it("sends comments with too many links or a moderation word to moderation", () => {
    const links = "Siehe https://a.example und https://b.example und www.c.example.org";
    expect(classifyComment({ ...facts, body: links }, rules)).toEqual({
      status: "PENDING",
      reasons: ["3 Links"],
    });
    expect(classifyComment({ ...facts, body: links }, { ...rules, commentMaxLinks: 3 }).status).toBe(
      "APPROVED",
    );
    expect(
      classifyComment(
        { ...facts, body: "Ruf mal beim Anwalt an" },
        { ...rules, moderationWords: "anwalt\nklage" },
      ),
    ).toEqual({ status: "PENDING", reasons: ["Moderationswort „anwalt“"] });
  });

  it("sends comments with a spam word anywhere, name and email included, to spam", () => {
    const spam = { ...rules, spamWords: "casino\nviagra" };
    expect(classifyComment({ ...facts, name: "Best CASINO" }, spam).status).toBe("SPAM");
    expect(classifyComment({ ...facts, email: "viagra@example.org" }, spam).status).toBe("SPAM");
  });

  it("holds comments on anecdotes that name someone recognisable", () => {
    expect(classifyComment({ ...facts, identifyingDetails: 2 }, rules).status).toBe("PENDING");
  });

  it("approves the post's author and editors at once, whatever the rules", () => {
    expect(
      classifyComment(
        { ...facts, byModerator: true, knownCommenter: false },
        { ...rules, holdAllComments: true },
      ),
    ).toEqual({ status: "APPROVED", reasons: [] });
  });
});

describe("placeReply", () => {
  it("nests a reply one level below its parent", () => {
    expect(placeReply({ id: 5, parentId: null, depth: 0 }, 4)).toEqual({ parentId: 5, depth: 1 });
    expect(placeReply({ id: 6, parentId: 5, depth: 2 }, 4)).toEqual({ parentId: 6, depth: 3 });
  });

  it("attaches a reply beyond the deepest level to the deepest level, beside its parent", () => {
    expect(placeReply({ id: 9, parentId: 8, depth: 3 }, 4)).toEqual({ parentId: 8, depth: 3 });
    expect(placeReply({ id: 3, parentId: 2, depth: 1 }, 2)).toEqual({ parentId: 2, depth: 1 });
  });
});
