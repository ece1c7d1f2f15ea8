"use server";

import { updateTag } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { reorderCast } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { reorderCastSchema } from "../validations/anonymisation";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function reorderCastAction(seriesId: number, memberIds: number[]): Promise<ActionState> {
  const parsed = reorderCastSchema.safeParse({ seriesId, memberIds });
  if (!parsed.success) return failure("Ungültige Reihenfolge.");
  try {
    await reorderCast(await getCurrentUser(), parsed.data.seriesId, parsed.data.memberIds);
  } catch (error) {
    return failureFrom(error);
  }
  // The series page lists the cast in this order
  updateTag(cacheTags.series(parsed.data.seriesId));
  return { ok: true, message: "Reihenfolge gespeichert." };
}
