// Where a new comment goes: straight onto the page, into moderation, or into spam.
// Pure, so every rule is tested on its own; the data layer supplies the facts.
import type { SiteSettings } from "../validations/settings";
import { wordsOf } from "../validations/settings";
import { countLinks } from "../validations/comment";

export type CommentVerdict = {
  status: "APPROVED" | "PENDING" | "SPAM";
  /** Why it is not approved, for the moderation queue */
  reasons: string[];
};

export interface CommentFacts {
  name: string;
  email: string;
  url: string | null;
  body: string;
  /** The writer is signed in and may moderate this post's comments */
  byModerator: boolean;
  /** This email address already has an approved comment */
  knownCommenter: boolean;
  /** Identifying details the anonymisation guard found (comments on anecdotes) */
  identifyingDetails: number;
}

type Rules = Pick<
  SiteSettings,
  "holdFirstComments" | "holdAllComments" | "commentMaxLinks" | "moderationWords" | "spamWords"
>;

function findWord(words: string[], haystack: string): string | undefined {
  return words.find((word) => haystack.includes(word));
}

export function classifyComment(facts: CommentFacts, rules: Rules): CommentVerdict {
  if (facts.byModerator) return { status: "APPROVED", reasons: [] };
  const haystack = [facts.name, facts.email, facts.url ?? "", facts.body].join("\n").toLowerCase();
  const spamWord = findWord(wordsOf(rules.spamWords), haystack);
  if (spamWord) return { status: "SPAM", reasons: [`Spam-Wort „${spamWord}“`] };
  const reasons: string[] = [];
  const moderationWord = findWord(wordsOf(rules.moderationWords), haystack);
  if (moderationWord) reasons.push(`Moderationswort „${moderationWord}“`);
  const links = countLinks(facts.body);
  if (links > rules.commentMaxLinks) reasons.push(`${links} Links`);
  if (facts.identifyingDetails > 0) reasons.push("Möglicherweise erkennbare Personen oder Firmen");
  if (rules.holdAllComments) reasons.push("Alle Kommentare werden geprüft");
  else if (rules.holdFirstComments && !facts.knownCommenter) reasons.push("Erster Kommentar");
  return { status: reasons.length > 0 ? "PENDING" : "APPROVED", reasons };
}

/** Replies nest up to `maxDepth` levels; a deeper reply joins its parent's level instead */
export function placeReply(
  parent: { id: number; parentId: number | null; depth: number },
  maxDepth: number,
): { parentId: number; depth: number } {
  if (parent.depth + 1 < maxDepth) return { parentId: parent.id, depth: parent.depth + 1 };
  return { parentId: parent.parentId ?? parent.id, depth: Math.min(parent.depth, maxDepth - 1) };
}
