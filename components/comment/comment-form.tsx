"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import {
  submitCommentAction,
  type CommentFormState,
  type WaitingComment,
} from "@/lib/actions/submit-comment";
import type { CommentFormSetup } from "@/lib/data/comment-submission";
import { t } from "@/lib/i18n/messages";
import { COMMENT_LIMITS } from "@/lib/validations/limits";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { CommentList, OWN_COMMENTS_SLOT } from "./comment-thread";

interface ReplyTarget {
  id: number;
  name: string;
}

/** What the personal view knows about the reader; the cached page knows nothing */
export interface ReaderForm extends CommentFormSetup {
  defaults: { name: string; email: string; url: string; remember: boolean };
  /** Signed in: name and email come from the account */
  signedInAs: string | null;
  replyTo: ReplyTarget | null;
}

export interface CommentFormProps {
  postId: number;
  postSlug: string;
  /** ISO time when the post stops taking comments, if it does */
  closesAt: string | null;
  reader: ReaderForm | null;
}

const emptySubscribe = () => () => {};
const noDefaults = { name: "", email: "", url: "", remember: false };

/** A fresh single-use form token for a cached page (see app/api/comment-form) */
function useFetchedForm(postId: number, wanted: boolean, generation: number): CommentFormSetup | null {
  const [form, setForm] = useState<CommentFormSetup | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    fetch(`/api/comment-form?post=${postId}`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<CommentFormSetup>) : null))
      .then((fetched) => {
        if (live && fetched) setForm(fetched);
      })
      // Offline or refused: the first submission then fetches a form, as without JavaScript
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [postId, wanted, generation]);
  return form;
}

/**
 * The comment form. Without JavaScript it is a plain form post (the first one fetches a form
 * token, the second sends) and "Antworten" a link to the personal view; with JavaScript it posts
 * in place and moves under the comment it answers. Fields are controlled, so moving, errors and
 * retries never lose what the reader typed.
 */
export function CommentForm({ postId, postSlug, closesAt, reader }: CommentFormProps) {
  // The server action itself, not a wrapper: only then does the form work without JavaScript
  const { state, pending, formProps } = useFormAction<CommentFormState>(submitCommentAction, null);
  const [sent, setSent] = useState(0);
  const hydrated = useSyncExternalStore(
    emptySubscribe,
    () => true,
    () => false,
  );
  const fetched = useFetchedForm(postId, reader === null, sent);
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(reader?.replyTo ?? null);
  // Without JavaScript the form is rendered anew after a refusal: it starts from what was sent
  const [values, setValues] = useState(() => ({
    ...(reader?.defaults ?? noDefaults),
    body: "",
    notify: false,
    ...(state && !state.ok ? state.values : {}),
    challengeAnswer: "",
  }));
  const [closed, setClosed] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Once React runs, the form answering a comment sits under it (the reply slots are server-rendered)
  const slot = hydrated && replyTo ? document.getElementById(`reply-slot-${replyTo.id}`) : null;
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const form = failed?.confirm ?? reader ?? fetched;

  // A cached page may outlive the comment window: the form goes when the window closes
  useEffect(() => {
    if (!closesAt) return;
    const remaining = new Date(closesAt).getTime() - Date.now();
    const timer = setTimeout(() => setClosed(true), Math.min(Math.max(0, remaining), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [closesAt]);

  // "Antworten" links anywhere in the thread open the form under their comment
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-reply-to]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      setReplyTo({ id: Number(link.dataset.replyTo), name: link.dataset.replyName ?? "" });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (slot) bodyRef.current?.focus();
  }, [slot]);

  // A taken comment empties the text, closes the reply and asks for a fresh form (set while
  // rendering, as React recommends for state that follows other state)
  const [handled, setHandled] = useState(state);
  const [waiting, setWaiting] = useState<WaitingComment[]>([]);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) {
      setValues((current) => ({ ...current, body: "", challengeAnswer: "" }));
      setReplyTo(null);
      setSent((count) => count + 1);
      // An approved comment arrives with the refreshed page; a waiting one only its writer sees
      if (state.waiting) setWaiting((current) => [...current, state.waiting as WaitingComment]);
    }
  }

  // …and shows it: here, or on the comment page that holds its thread
  useEffect(() => {
    if (!state?.ok) return;
    if (state.waiting || document.getElementById(`comment-${state.commentId}`)) {
      window.location.hash = `comment-${state.commentId}`;
    } else {
      window.location.assign(state.permalink);
    }
  }, [state]);

  if (closed) return <p className="mt-6 font-medium">{t.commentsClosed}</p>;

  const set =
    (field: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const { type, value } = event.target;
      const checked = "checked" in event.target ? event.target.checked : false;
      setValues((current) => ({ ...current, [field]: type === "checkbox" ? checked : value }));
    };
  const signedInAs = reader?.signedInAs ?? null;

  const section = (
    <section
      id="respond"
      aria-labelledby="respond-heading"
      className="mt-8 scroll-mt-6 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h3 id="respond-heading" className="font-serif text-xl font-bold">
        {replyTo ? t.replyTo(replyTo.name) : t.leaveComment}
      </h3>
      {replyTo && (
        <p className="mt-1 text-sm">
          <a
            href={`/posts/${postSlug}#respond`}
            onClick={(event) => {
              event.preventDefault();
              setReplyTo(null);
            }}
            className="underline"
          >
            {t.cancelReply}
          </a>
        </p>
      )}
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.requiredNote}</p>
      <form {...formProps} className="mt-4 space-y-4" noValidate>
        <input type="hidden" name="postId" value={postId} />
        <input type="hidden" name="parentId" value={replyTo?.id ?? ""} />
        <input type="hidden" name="formToken" value={form?.formToken ?? ""} />
        <input type="hidden" name="enhanced" value={hydrated ? "1" : ""} />
        <FormMessage state={state} />
        {signedInAs ? (
          <p className="text-sm">
            Du kommentierst als <strong>{signedInAs}</strong> (angemeldet).
            <input type="hidden" name="name" value={values.name} />
            <input type="hidden" name="email" value={values.email} />
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Name *" errors={errors?.name}>
              {(props) => (
                <input
                  {...props}
                  name="name"
                  required
                  maxLength={COMMENT_LIMITS.name}
                  autoComplete="name"
                  value={values.name}
                  onChange={set("name")}
                  className={inputClass}
                />
              )}
            </FormField>
            <FormField label="E-Mail *" errors={errors?.email} hint="Wird nicht veröffentlicht.">
              {(props) => (
                <input
                  {...props}
                  name="email"
                  type="email"
                  required
                  maxLength={COMMENT_LIMITS.email}
                  autoComplete="email"
                  value={values.email}
                  onChange={set("email")}
                  className={inputClass}
                />
              )}
            </FormField>
            <FormField label="Website" errors={errors?.url}>
              {(props) => (
                <input
                  {...props}
                  name="url"
                  type="url"
                  inputMode="url"
                  maxLength={COMMENT_LIMITS.url}
                  autoComplete="url"
                  value={values.url}
                  onChange={set("url")}
                  className={inputClass}
                />
              )}
            </FormField>
          </div>
        )}
        <FormField
          label="Kommentar *"
          errors={errors?.body}
          hint={`Höchstens ${COMMENT_LIMITS.body.toLocaleString("de-DE")} Zeichen; Links und HTML erscheinen als Text.`}
        >
          {(props) => (
            <textarea
              {...props}
              ref={bodyRef}
              name="body"
              required
              rows={6}
              maxLength={COMMENT_LIMITS.body}
              value={values.body}
              onChange={set("body")}
              className={inputClass}
            />
          )}
        </FormField>
        {/* For bots only: people never see or fill this */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label>
            Homepage (bitte leer lassen)
            <input type="text" name="homepage" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        {form?.challenge && (
          <FormField
            label={`${form.challenge} *`}
            errors={errors?.challengeAnswer}
            hint="Bitte als Zahl oder Wort."
          >
            {(props) => (
              <input
                {...props}
                name="challengeAnswer"
                required
                inputMode="numeric"
                autoComplete="off"
                maxLength={20}
                value={values.challengeAnswer}
                onChange={set("challengeAnswer")}
                className={`${inputClass} max-w-32`}
              />
            )}
          </FormField>
        )}
        {!signedInAs && (
          <div className="space-y-2 text-sm">
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="remember"
                checked={values.remember}
                onChange={set("remember")}
                className="mt-1"
              />
              <span>Name, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.</span>
            </label>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="notify"
                checked={values.notify}
                onChange={set("notify")}
                className="mt-1"
              />
              <span>Benachrichtige mich per E-Mail, wenn jemand auf meinen Kommentar antwortet.</span>
            </label>
          </div>
        )}
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Wird gesendet …" : "Kommentar abschicken"}
        </button>
      </form>
    </section>
  );
  return (
    <>
      {slot ? createPortal(section, slot) : section}
      {hydrated && waiting.map((comment) => <WaitingCommentView key={comment.id} comment={comment} />)}
    </>
  );
}

/** The reader's own waiting comment, under the comment it answers or after the others */
function WaitingCommentView({ comment }: { comment: WaitingComment }) {
  const target = document.getElementById(
    comment.parentId === null ? OWN_COMMENTS_SLOT : `reply-slot-${comment.parentId}`,
  );
  if (!target) return null;
  const node = {
    ...comment,
    createdAt: new Date(comment.createdAt),
    isPostAuthor: false,
    pending: true,
    replies: [],
  };
  return createPortal(
    <CommentList comments={[node]} replyHref={null} nested={comment.parentId !== null} />,
    target,
  );
}
