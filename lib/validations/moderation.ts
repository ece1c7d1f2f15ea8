// What the moderation queue sends and filters by.
import { z } from "zod";
import { COMMENT_LIMITS } from "./limits";

export const commentStatuses = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const;
export type CommentStatusFilter = (typeof commentStatuses)[number];

const filterSchema = z.object({
  status: z.enum(commentStatuses).catch("PENDING"),
  post: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export function parseModerationFilters(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = filterSchema.parse({
    status: first(params.status),
    post: first(params.post),
    q: first(params.q),
    page: first(params.page),
  });
  return { status: parsed.status, postId: parsed.post, query: parsed.q, page: parsed.page ?? 1 };
}

export const moderationActions = ["approve", "unapprove", "spam", "trash", "delete"] as const;

const id = z.coerce.number().int().positive();

/** A button on one comment sends "approve:12" as `single`; bulk actions send `action` and ticked `ids` */
export const moderateCommentsSchema = z.preprocess(
  (input) => {
    const { single, ...rest } = input as { single?: unknown; action?: unknown; ids?: unknown };
    if (typeof single !== "string") return rest;
    const [action, commentId] = single.split(":");
    return { action, ids: [commentId] };
  },
  z.object({
    action: z.enum(moderationActions, { error: "Bitte wähle eine Aktion." }),
    ids: z.array(id).min(1, { error: "Bitte wähle mindestens einen Kommentar aus." }).max(500),
  }),
);

const text = (max: number, label: string, required: boolean) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, { error: `${label}: bitte ausfüllen.` })
        .max(max, { error: `${label}: höchstens ${max} Zeichen.` }),
    );

export const editCommentSchema = z.object({
  id,
  authorName: text(COMMENT_LIMITS.name, "Name", true),
  authorUrl: z
    .string()
    .trim()
    .max(COMMENT_LIMITS.url, { error: `Website: höchstens ${COMMENT_LIMITS.url} Zeichen.` })
    .refine((url) => url === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(url), {
      error: "Website: nur http:// oder https://-Adressen.",
    })
    .transform((url) => url || null),
  body: text(COMMENT_LIMITS.body, "Kommentar", true),
});

export const replyToCommentSchema = z.object({
  parentId: id,
  body: text(COMMENT_LIMITS.body, "Antwort", true),
});
