"use client";

import { useRef, useState } from "react";
import type { MediaItem } from "@/lib/data/media";
import { secondaryButtonClass } from "../ui/form-field";

/** Choose the cover: drop or pick a file (with progress), or reuse one from the library */
export function CoverPicker({
  value,
  library,
  onChange,
}: {
  value: MediaItem | null;
  library: MediaItem[];
  onChange: (item: MediaItem | null) => void;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [items, setItems] = useState(library);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = (file: File) => {
    setError(null);
    setProgress(0);
    const form = new FormData();
    form.set("file", file);
    form.set("alt", file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "));
    // XMLHttpRequest, because fetch cannot report upload progress
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      setProgress(null);
      const body = JSON.parse(request.responseText || "{}") as MediaItem & { error?: string };
      if (request.status !== 201 || body.error) {
        setError(body.error ?? "Das Hochladen ist fehlgeschlagen.");
        return;
      }
      setItems((current) => [body, ...current]);
      onChange(body);
    };
    request.onerror = () => {
      setProgress(null);
      setError("Keine Verbindung. Bitte später noch einmal versuchen.");
    };
    request.send(form);
  };

  return (
    <div className="space-y-3">
      {value ? (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={value.src}
            alt={value.alt}
            width={value.width}
            height={value.height}
            className="h-auto w-full rounded"
          />
          <figcaption className="mt-1 flex items-center justify-between text-xs text-stone-600 dark:text-stone-400">
            <span>{value.alt || "ohne Beschreibung"}</span>
            <button type="button" className="underline" onClick={() => onChange(null)}>
              Titelbild entfernen
            </button>
          </figcaption>
        </figure>
      ) : null}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) upload(file);
        }}
        className={`rounded-md border-2 border-dashed p-4 text-center text-sm ${dragging ? "border-accent-600 bg-accent-50 dark:bg-stone-800" : "border-stone-300 dark:border-stone-700"}`}
      >
        <p>Bild hierher ziehen oder</p>
        <label className={`${secondaryButtonClass} mt-2 cursor-pointer`}>
          Bild auswählen
          <input
            ref={input}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload(file);
              event.target.value = "";
            }}
          />
        </label>
        <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
          JPEG, PNG, WebP, GIF oder AVIF, höchstens 10 MB
        </p>
      </div>
      {progress !== null && (
        <label className="block text-sm">
          Wird hochgeladen: {progress} %
          <progress max={100} value={progress} className="mt-1 block w-full" />
        </label>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {items.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium">
            Aus der Mediathek wählen ({items.length})
          </summary>
          <ul className="mt-2 grid grid-cols-3 gap-2">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => onChange(item)}
                  aria-pressed={value?.id === item.id}
                  className="block w-full overflow-hidden rounded border-2 border-transparent aria-pressed:border-accent-600"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={item.src}
                    alt={`Als Titelbild wählen: ${item.alt || `Bild ${item.id}`}`}
                    className="aspect-video w-full object-cover"
                    loading="lazy"
                  />
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
