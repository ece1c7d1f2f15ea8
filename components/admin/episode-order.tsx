"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState, useTransition } from "react";
import { reorderEpisodesAction } from "@/lib/actions/reorder-episodes";
import type { ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

interface Episode {
  id: number;
  title: string;
  status: string;
}

const statusLabels: Record<string, string> = {
  DRAFT: "Entwurf",
  SCHEDULED: "Geplant",
  PUBLISHED: "Veröffentlicht",
  UNPUBLISHED: "Zurückgezogen",
};

function EpisodeRow({ episode, position }: { episode: Episode; position: number }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: episode.id,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-3 rounded-md border bg-white p-3 dark:bg-stone-900 ${isDragging ? "border-accent-600 shadow-lg" : "border-stone-200 dark:border-stone-700"}`}
    >
      <button
        type="button"
        {...attributes}
        {...listeners}
        aria-label={`Folge ${position}, „${episode.title}“ verschieben (Leertaste, dann Pfeiltasten)`}
        className="cursor-grab rounded px-2 py-1 text-lg leading-none text-stone-500 hover:bg-stone-100 dark:hover:bg-stone-800"
      >
        ⠿
      </button>
      <span className="w-16 text-sm font-semibold text-accent-700 dark:text-accent-300">Teil {position}</span>
      <span className="flex-1">{episode.title}</span>
      <span className="text-xs text-stone-500">{statusLabels[episode.status] ?? episode.status}</span>
    </li>
  );
}

/** Episodes in order: drag them, or move them with the keyboard; then save */
export function EpisodeOrder({ seriesId, episodes }: { seriesId: number; episodes: Episode[] }) {
  const [items, setItems] = useState(episodes);
  const [state, setState] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const changed = items.some((item, index) => item.id !== episodes[index]?.id);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setItems((current) => {
      const from = current.findIndex((item) => item.id === active.id);
      const to = current.findIndex((item) => item.id === over.id);
      return arrayMove(current, from, to);
    });
    setState(null);
  };

  return (
    <div className="space-y-3">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: {
            draggable:
              "Leertaste zum Aufnehmen, Pfeiltasten zum Verschieben, Leertaste zum Ablegen, Escape zum Abbrechen.",
          },
        }}
      >
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className="space-y-2" aria-label="Folgen in ihrer Reihenfolge">
            {items.map((episode, index) => (
              <EpisodeRow key={episode.id} episode={episode} position={index + 1} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={!changed || pending}
          onClick={() =>
            startTransition(async () => {
              setState(
                await reorderEpisodesAction(
                  seriesId,
                  items.map((item) => item.id),
                ),
              );
            })
          }
        >
          Reihenfolge speichern
        </button>
        <FormMessage state={state} />
      </div>
    </div>
  );
}
