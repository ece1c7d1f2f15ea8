// Filters and forms of the subscribers, outbox and privacy pages in the author area.
import { z } from "zod";
import { subscriberEmail } from "./subscription";

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

const subscriberFilterSchema = z.object({
  scope: z
    .union([z.literal("blog"), z.coerce.number().int().positive()])
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export function parseSubscriberFilters(params: Record<string, string | string[] | undefined>) {
  const parsed = subscriberFilterSchema.parse({
    scope: first(params.scope),
    q: first(params.q),
    page: first(params.page),
  });
  return { scope: parsed.scope, query: parsed.q, page: parsed.page ?? 1 };
}

export const outboxStatuses = ["PENDING", "SENDING", "SENT", "FAILED", "CANCELLED"] as const;

const outboxFilterSchema = z.object({
  status: z.enum(outboxStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export function parseOutboxFilters(params: Record<string, string | string[] | undefined>) {
  const parsed = outboxFilterSchema.parse({ status: first(params.status), page: first(params.page) });
  return { status: parsed.status, page: parsed.page ?? 1 };
}

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const personalDataSchema = z.object({ email: subscriberEmail });

export const erasePersonalDataSchema = personalDataSchema.extend({
  confirm: z.literal("on", { error: "Bitte bestätige, dass alles gelöscht werden soll." }),
});
