"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { reorderEpisodes } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { failure, failureFrom, type ActionState } from "./action-state";

const schema = z.object({
  seriesId: z.number().int().positive(),
  postIds: z.array(z.number().int().positive()).max(1000),
});

export async function reorderEpisodesAction(seriesId: number, postIds: number[]): Promise<ActionState> {
  const parsed = schema.safeParse({ seriesId, postIds });
  if (!parsed.success) return failure("Ungültige Reihenfolge.");
  try {
    await reorderEpisodes(await getCurrentUser(), parsed.data.seriesId, parsed.data.postIds);
  } catch (error) {
    return failureFrom(error);
  }
  // Episode pages carry their series tag too ("Teil 3 von 7", previous and next)
  updateTag(cacheTags.series(parsed.data.seriesId));
  return { ok: true, message: "Reihenfolge gespeichert." };
}
