"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { cacheTags } from "../data/cache-tags";
import { postsUsingMedia, updateMediaDetails } from "../data/media";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

const text = (max: number, label: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { error: `${label}: höchstens ${max} Zeichen.` }));

const schema = z.object({
  id: z.coerce.number().int().positive(),
  alt: text(300, "Beschreibung"),
  caption: text(300, "Bildunterschrift"),
  credit: text(120, "Foto"),
  source: text(120, "Quelle"),
});

export async function updateMediaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { id, ...details } = parsed.data;
  try {
    await updateMediaDetails(await getCurrentUser(), id, details);
  } catch (error) {
    return failureFrom(error);
  }
  for (const postId of await postsUsingMedia(id)) updateTag(cacheTags.post(postId));
  updateTag(cacheTags.posts);
  return { ok: true, message: "Gespeichert." };
}
