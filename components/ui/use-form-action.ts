"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for forms whose fields must keep what was typed: React resets a form after its
 * `action` runs, so with JavaScript the submit is dispatched by hand (the form keeps `action` for
 * browsers without it). The submit button's name and value travel along, as in a plain post.
 */
export function useFormAction<State>(
  action: (previous: Awaited<State>, formData: FormData) => State | Promise<State>,
  initial: Awaited<State>,
) {
  const [state, dispatch, pending] = useActionState<State, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter ?? undefined);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formProps: { action: dispatch, onSubmit } };
}
