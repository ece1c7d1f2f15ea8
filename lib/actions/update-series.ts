"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { updateSeriesDetails } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

const schema = z.object({
  id: z.coerce.number().int().positive(),
  title: z
    .string()
    .trim()
    .min(1, { error: "Bitte gib einen Titel ein." })
    .max(120, { error: "Höchstens 120 Zeichen." }),
  description: z.string().trim().max(2000, { error: "Höchstens 2000 Zeichen." }),
});

export async function updateSeriesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { id, ...details } = parsed.data;
  try {
    await updateSeriesDetails(await getCurrentUser(), id, details);
  } catch (error) {
    return failureFrom(error);
  }
  updateTag(cacheTags.series(id));
  updateTag(cacheTags.seriesIndex);
  return { ok: true, message: "Gespeichert." };
}
