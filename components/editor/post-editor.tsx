"use client";

import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
} from "react";
import { previewMarkdownAction } from "@/lib/actions/preview-markdown";
import { savePostAction, type SavePostState } from "@/lib/actions/save-post";
import { replaceInTexts, type PostFinding, type PostTexts } from "@/lib/anonymisation/post-findings";
import type { ReviewView } from "@/lib/data/anonymisation";
import type { MediaItem } from "@/lib/data/media";
import type { CastEntry } from "@/lib/markdown/cast";
import type { FieldErrors } from "@/lib/validations/post";
import { buttonClass, FormField, inputClass, secondaryButtonClass } from "../ui/form-field";
import { CoverPicker } from "./cover-picker";
import { AnonymisationPanel, checkAnonymisationEvent } from "./anonymisation-panel";
import { MarkdownToolbar } from "./markdown-toolbar";
import { OverrideReasonField } from "./override-reason-field";
import { usePlaceholderCompletion } from "./placeholder-completion";
import { UnknownPlaceholders } from "./unknown-placeholders";

export interface EditorPost {
  id: number;
  version: number;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  kind: "ARTICLE" | "ANECDOTE";
  categoryId: string;
  tags: string;
  seriesId: string;
  seriesPosition: string;
  commentsOpen: boolean;
  seoTitle: string;
  seoDescription: string;
  cover: MediaItem | null;
  coverCaption: string;
}

type Fields = Omit<EditorPost, "id" | "version" | "status">;
type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "conflict" | "invalid";

const AUTOSAVE_MS = 4000;

const statusText: Record<SaveStatus, string> = {
  saved: "Gespeichert",
  dirty: "Ungespeicherte Änderungen",
  saving: "Speichert …",
  offline: "Offline – wird gespeichert, sobald die Verbindung zurück ist",
  conflict: "Konflikt: anderswo gespeichert",
  invalid: "Nicht gespeichert – bitte Eingaben prüfen",
};

function fieldsOf(post: EditorPost): Fields {
  const { id: _id, version: _version, status: _status, ...fields } = post;
  return fields;
}

const noSubscription = () => () => {};

// What the browser held when the editor first opened; later writes are this session's own
const backupsOnLoad = new Map<number, string | null>();
function backupFoundOnLoad(id: number): string | null {
  if (!backupsOnLoad.has(id)) backupsOnLoad.set(id, localStorage.getItem(backupKey(id)));
  return backupsOnLoad.get(id) ?? null;
}

function backupKey(id: number) {
  return `casebook:editor:${id}`;
}

export function PostEditor({
  post,
  categories,
  series,
  library,
  statusPanel,
  releasePanel,
  canManageSeries = false,
  canOverride = false,
  anonymisation = { findings: [], reviews: [] },
}: {
  post: EditorPost;
  categories: { id: number; name: string }[];
  series: { id: number; title: string; cast?: CastEntry[] }[];
  library: MediaItem[];
  statusPanel?: React.ReactNode;
  /** The customer's release, for anecdotes */
  releasePanel?: React.ReactNode;
  canManageSeries?: boolean;
  /** Editors and administrators may save a published or scheduled anecdote past the guard, with a reason */
  canOverride?: boolean;
  /** The saved post's unresolved guard findings and reviews */
  anonymisation?: { findings: PostFinding[]; reviews: ReviewView[] };
}) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(post));
  const id = post.id;
  const [version, setVersion] = useState(post.version);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [newCategory, setNewCategory] = useState("");
  const [newSeries, setNewSeries] = useState("");
  const [preview, setPreview] = useState("");
  const [backupHandled, setBackupHandled] = useState(false);
  const [, startTransition] = useTransition();
  const body = useRef<HTMLTextAreaElement>(null);
  const saving = useRef(false);
  const saveSoon = useRef(false);
  const autosaves = post.status !== "PUBLISHED";
  const [addedCast, setAddedCast] = useState<Record<string, CastEntry[]>>({});
  const cast = useMemo(() => {
    const stored = series.find((entry) => String(entry.id) === fields.seriesId)?.cast ?? [];
    const added = (addedCast[fields.seriesId] ?? []).filter(
      (member) => !stored.some((known) => known.placeholder === member.placeholder),
    );
    return [...stored, ...added];
  }, [series, addedCast, fields.seriesId]);
  const addToCast = (member: CastEntry) =>
    setAddedCast((current) => ({
      ...current,
      [fields.seriesId]: [...(current[fields.seriesId] ?? []), member],
    }));

  // The page re-renders after every save; only a newer version from elsewhere (a restored
  // revision) replaces what is in the form, our own saves leave it alone.
  const [serverVersion, setServerVersion] = useState(post.version);
  if (post.version !== serverVersion) {
    setServerVersion(post.version);
    if (post.version > version) {
      setFields(fieldsOf(post));
      setVersion(post.version);
      setSaveStatus("saved");
    }
  }

  const update = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setSaveStatus((current) => (current === "conflict" ? current : "dirty"));
  };

  const completion = usePlaceholderCompletion({
    textarea: body,
    cast,
    onChange: (value) => update("body", value),
  });

  // What the guard reads: the caption is the post's own, else the image's from the library; the alt
  // text is the library's
  const guardTexts: PostTexts = useMemo(
    () => ({
      title: fields.title,
      excerpt: fields.excerpt,
      body: fields.body,
      caption: fields.coverCaption || fields.cover?.caption || "",
      alt: fields.cover?.alt ?? "",
      seoTitle: fields.seoTitle,
      seoDescription: fields.seoDescription,
    }),
    [
      fields.title,
      fields.excerpt,
      fields.body,
      fields.coverCaption,
      fields.cover,
      fields.seoTitle,
      fields.seoDescription,
    ],
  );

  /** A finding replaced everywhere by a placeholder, then saved the usual way (revision, conflict check) */
  const replaceFinding = (target: string, placeholder: string) => {
    setFields((current) => {
      const caption = current.coverCaption || current.cover?.caption || "";
      const { texts } = replaceInTexts(
        {
          title: current.title,
          excerpt: current.excerpt,
          body: current.body,
          caption,
          seoTitle: current.seoTitle,
          seoDescription: current.seoDescription,
        },
        target,
        placeholder,
      );
      return {
        ...current,
        title: texts.title,
        excerpt: texts.excerpt,
        body: texts.body,
        seoTitle: texts.seoTitle,
        seoDescription: texts.seoDescription,
        // A library caption is shared by other posts: the replaced text becomes this post's own caption
        coverCaption: texts.caption === caption ? current.coverCaption : texts.caption,
      };
    });
    setSaveStatus((current) => (current === "conflict" ? current : "dirty"));
    saveSoon.current = true;
  };

  // Work survives a closed tab or a crash: every change is kept in this browser until saved
  useEffect(() => {
    if (saveStatus === "dirty" || saveStatus === "offline" || saveStatus === "invalid") {
      localStorage.setItem(backupKey(id), JSON.stringify(fields));
    }
  }, [fields, saveStatus, id]);

  // Unsaved work from an earlier visit in this browser (never on the server)
  const storedBackup = useSyncExternalStore(
    noSubscription,
    () => backupFoundOnLoad(post.id),
    () => null,
  );
  const backup = useMemo(() => {
    if (backupHandled || !storedBackup) return null;
    try {
      const parsed = JSON.parse(storedBackup) as Fields;
      return parsed.body !== post.body || parsed.title !== post.title ? parsed : null;
    } catch {
      return null;
    }
  }, [backupHandled, storedBackup, post.body, post.title]);

  const save = useCallback(
    async (override?: string) => {
      if (saving.current) return;
      if (!navigator.onLine) {
        setSaveStatus("offline");
        return;
      }
      saving.current = true;
      setSaveStatus("saving");
      const form = new FormData();
      const { cover, ...rest } = fields;
      for (const [key, value] of Object.entries(rest))
        form.set(key, typeof value === "boolean" ? String(value) : value);
      form.set("coverImageId", cover ? String(cover.id) : "");
      form.set("newCategory", newCategory);
      form.set("newSeries", newSeries);
      form.set("id", String(id));
      form.set("version", String(version));
      if (override !== undefined) form.set("overrideReason", override);
      let result: SavePostState;
      try {
        result = await savePostAction(null, form);
      } catch {
        saving.current = false;
        setSaveStatus("offline");
        return;
      }
      saving.current = false;
      if (!result) return;
      if (!result.ok) {
        setMessage(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        setSaveStatus(result.conflict ? "conflict" : "invalid");
        // Refused for unresolved findings (published or scheduled anecdote): the panel lists them at once
        if (result.fieldErrors?.anonymisation) window.dispatchEvent(new Event(checkAnonymisationEvent));
        return;
      }
      localStorage.removeItem(backupKey(id));
      setFieldErrors({});
      setMessage(null);
      setVersion(result.version);
      setSavedAt(new Date(result.savedAt));
      setFields((current) => ({ ...current, slug: result.slug }));
      if (newCategory || newSeries) window.location.reload();
      setSaveStatus((current) => (current === "saving" ? "saved" : current));
    },
    [fields, id, version, newCategory, newSeries],
  );

  // A replaced finding is saved at once, also on a published post
  useEffect(() => {
    if (!saveSoon.current || saveStatus !== "dirty") return;
    saveSoon.current = false;
    void save();
  }, [save, saveStatus]);

  // Autosave drafts a few seconds after the last change
  useEffect(() => {
    if (!autosaves || saveStatus !== "dirty" || !fields.title.trim()) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [autosaves, saveStatus, fields, save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saveStatus !== "saved") event.preventDefault();
    };
    const reconnect = () => {
      if (saveStatus === "offline") void save();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", reconnect);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", reconnect);
    };
  }, [saveStatus, save]);

  // Live preview through the public page's renderer
  useEffect(() => {
    const timer = setTimeout(() => {
      startTransition(async () => {
        try {
          setPreview(
            await previewMarkdownAction(fields.body, { kind: fields.kind, seriesId: fields.seriesId }),
          );
        } catch {
          // Offline: the preview stays as it was; writing goes on
        }
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [fields.body, fields.kind, fields.seriesId]);

  const errorsFor = (name: string) => fieldErrors[name];
  const blockedByGuard =
    (!!fieldErrors.anonymisation || !!fieldErrors.overrideReason) && saveStatus === "invalid";

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white/95 px-4 py-3 shadow-sm backdrop-blur dark:bg-stone-900/95">
        <p role="status" aria-live="polite" data-save-status={saveStatus} className="text-sm">
          <span
            aria-hidden="true"
            className={`mr-2 inline-block h-2.5 w-2.5 rounded-full ${saveStatus === "saved" ? "bg-emerald-600" : saveStatus === "saving" ? "bg-sky-600" : saveStatus === "dirty" ? "bg-amber-500" : "bg-red-600"}`}
          />
          {statusText[saveStatus]}
          {saveStatus === "saved" &&
            savedAt &&
            ` um ${savedAt.toLocaleTimeString("de-DE", { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`}
          {!autosaves &&
            saveStatus === "dirty" &&
            " (veröffentlichte Beiträge werden erst beim Speichern aktualisiert)"}
        </p>
        <button
          type="button"
          className={buttonClass}
          onClick={() => void save()}
          disabled={saveStatus === "saving" || saveStatus === "conflict"}
        >
          {post.status === "PUBLISHED" ? "Aktualisieren" : "Speichern"}
        </button>
      </div>
      {message && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {message}
          {saveStatus === "conflict" && (
            <>
              {" "}
              Deine Änderungen sind in diesem Browser gesichert.{" "}
              <button type="button" className="underline" onClick={() => window.location.reload()}>
                Neueste Fassung laden
              </button>
            </>
          )}
        </div>
      )}
      {blockedByGuard && canOverride && (
        <form
          className="space-y-2 rounded-md border border-red-300 bg-white p-3 dark:border-red-800 dark:bg-stone-900"
          onSubmit={(event) => {
            event.preventDefault();
            void save(String(new FormData(event.currentTarget).get("overrideReason") ?? ""));
          }}
        >
          <OverrideReasonField
            label="Begründung, warum trotzdem gespeichert wird"
            errors={errorsFor("overrideReason")}
          />
          <button className={secondaryButtonClass}>
            {post.status === "PUBLISHED" ? "Trotzdem aktualisieren" : "Trotzdem speichern"}
          </button>
        </form>
      )}
      {backup && (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          In diesem Browser gibt es ungespeicherte Änderungen an diesem Beitrag.{" "}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => {
              setFields(backup);
              setBackupHandled(true);
              setSaveStatus("dirty");
            }}
          >
            Wiederherstellen
          </button>{" "}
          <button
            type="button"
            className="underline"
            onClick={() => {
              localStorage.removeItem(backupKey(id));
              setBackupHandled(true);
            }}
          >
            Verwerfen
          </button>
        </div>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900">
          <FormField label="Titel" errors={errorsFor("title")}>
            {(props) => (
              <input
                {...props}
                name="title"
                value={fields.title}
                onChange={(e) => update("title", e.target.value)}
                className={`${inputClass} font-serif text-2xl font-bold`}
                maxLength={200}
              />
            )}
          </FormField>
          <div className="grid gap-4 md:grid-cols-2">
            <FormField
              label="Adresse (Slug)"
              errors={errorsFor("slug")}
              hint="Leer lassen: wird aus dem Titel gebildet. Bei Änderung leitet die alte Adresse weiter."
            >
              {(props) => (
                <input
                  {...props}
                  name="slug"
                  value={fields.slug}
                  onChange={(e) => update("slug", e.target.value)}
                  className={inputClass}
                  maxLength={120}
                />
              )}
            </FormField>
            <FormField label="Art" errors={errorsFor("kind")}>
              {(props) => (
                <select
                  {...props}
                  name="kind"
                  value={fields.kind}
                  onChange={(e) => update("kind", e.target.value as Fields["kind"])}
                  className={inputClass}
                >
                  <option value="ARTICLE">Artikel</option>
                  <option value="ANECDOTE">Anekdote</option>
                </select>
              )}
            </FormField>
          </div>
          <FormField label="Kurzfassung" errors={errorsFor("excerpt")} hint="Erscheint in Listen und Feeds.">
            {(props) => (
              <textarea
                {...props}
                name="excerpt"
                value={fields.excerpt}
                onChange={(e) => update("excerpt", e.target.value)}
                rows={2}
                className={inputClass}
                maxLength={600}
              />
            )}
          </FormField>
          <div className="grid gap-4 lg:grid-cols-2">
            <div>
              <label htmlFor="post-body" className="mb-1 block text-sm font-medium">
                Text (Markdown)
              </label>
              <div className="relative rounded-md border border-stone-400 dark:border-stone-600">
                <MarkdownToolbar textarea={body} onChange={(value) => update("body", value)} />
                <textarea
                  id="post-body"
                  ref={body}
                  name="body"
                  value={fields.body}
                  onChange={(e) => update("body", e.target.value)}
                  {...completion.textareaProps}
                  rows={24}
                  aria-invalid={!!errorsFor("body")}
                  className="block w-full resize-y bg-white p-3 font-mono text-sm leading-relaxed dark:bg-stone-950"
                />
                {completion.listbox}
              </div>
              {errorsFor("body") && (
                <p className="mt-1 text-sm text-red-700">{errorsFor("body")?.join(" ")}</p>
              )}
              {fields.kind === "ANECDOTE" && (
                <div className="mt-2">
                  <UnknownPlaceholders
                    texts={[fields.title, fields.excerpt, fields.body]}
                    cast={cast}
                    seriesId={fields.seriesId}
                    canManageSeries={canManageSeries}
                    onCastAdded={addToCast}
                  />
                </div>
              )}
            </div>
            <section aria-label="Vorschau">
              <p className="mb-1 text-sm font-medium">Vorschau</p>
              <div
                data-testid="preview"
                className="prose prose-stone h-full max-h-[40rem] max-w-none overflow-auto rounded-md border border-stone-200 p-4 font-serif dark:prose-invert dark:border-stone-700"
                dangerouslySetInnerHTML={{ __html: preview }}
              />
            </section>
          </div>
        </div>
        <div className="space-y-4">
          {statusPanel}
          {fields.kind === "ANECDOTE" && (
            <AnonymisationPanel
              postId={id}
              texts={guardTexts}
              cast={cast}
              seriesId={fields.seriesId}
              canManageSeries={canManageSeries}
              initial={anonymisation}
              onReplace={replaceFinding}
              onCastAdded={addToCast}
            />
          )}
          {fields.kind === "ANECDOTE" && releasePanel}
          <section
            aria-labelledby="cover-heading"
            className="space-y-3 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
          >
            <h2 id="cover-heading" className="text-sm font-semibold">
              Titelbild
            </h2>
            <CoverPicker value={fields.cover} library={library} onChange={(item) => update("cover", item)} />
            {fields.cover && (
              <FormField
                label="Bildunterschrift für diesen Beitrag"
                errors={errorsFor("coverCaption")}
                hint="Leer: die Unterschrift aus der Mediathek."
              >
                {(props) => (
                  <input
                    {...props}
                    value={fields.coverCaption}
                    onChange={(e) => update("coverCaption", e.target.value)}
                    className={inputClass}
                    maxLength={300}
                  />
                )}
              </FormField>
            )}
          </section>
          <fieldset className="space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900">
            <legend className="sr-only">Einordnung</legend>
            <FormField label="Kategorie" errors={errorsFor("categoryId")}>
              {(props) => (
                <select
                  {...props}
                  value={fields.categoryId}
                  onChange={(e) => update("categoryId", e.target.value)}
                  className={inputClass}
                >
                  <option value="">Keine</option>
                  {categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="… oder neue Kategorie" errors={errorsFor("newCategory")}>
              {(props) => (
                <input
                  {...props}
                  value={newCategory}
                  onChange={(e) => {
                    setNewCategory(e.target.value);
                    setSaveStatus("dirty");
                  }}
                  className={inputClass}
                  maxLength={80}
                />
              )}
            </FormField>
            <FormField
              label="Schlagwörter"
              errors={errorsFor("tags")}
              hint="Durch Kommas getrennt; neue werden angelegt."
            >
              {(props) => (
                <input
                  {...props}
                  value={fields.tags}
                  onChange={(e) => update("tags", e.target.value)}
                  className={inputClass}
                />
              )}
            </FormField>
            <FormField label="Serie" errors={errorsFor("seriesId")}>
              {(props) => (
                <select
                  {...props}
                  value={fields.seriesId}
                  onChange={(e) => update("seriesId", e.target.value)}
                  className={inputClass}
                >
                  <option value="">Keine</option>
                  {series.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.title}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="… oder neue Serie" errors={errorsFor("newSeries")}>
              {(props) => (
                <input
                  {...props}
                  value={newSeries}
                  onChange={(e) => {
                    setNewSeries(e.target.value);
                    setSaveStatus("dirty");
                  }}
                  className={inputClass}
                  maxLength={80}
                />
              )}
            </FormField>
            <FormField label="Folge Nr." errors={errorsFor("seriesPosition")}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  value={fields.seriesPosition}
                  onChange={(e) => update("seriesPosition", e.target.value)}
                  className={inputClass}
                />
              )}
            </FormField>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={fields.commentsOpen}
                onChange={(e) => update("commentsOpen", e.target.checked)}
              />
              Kommentare erlaubt
            </label>
          </fieldset>
          <fieldset className="space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900">
            <legend className="px-1 text-sm font-semibold">Suchmaschinen</legend>
            <FormField label="SEO-Titel" errors={errorsFor("seoTitle")}>
              {(props) => (
                <input
                  {...props}
                  value={fields.seoTitle}
                  onChange={(e) => update("seoTitle", e.target.value)}
                  className={inputClass}
                  maxLength={120}
                />
              )}
            </FormField>
            <FormField label="SEO-Beschreibung" errors={errorsFor("seoDescription")}>
              {(props) => (
                <textarea
                  {...props}
                  value={fields.seoDescription}
                  onChange={(e) => update("seoDescription", e.target.value)}
                  rows={3}
                  className={inputClass}
                  maxLength={300}
                />
              )}
            </FormField>
          </fieldset>
        </div>
      </div>
    </div>
  );
}
