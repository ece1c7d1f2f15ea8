// The one shape every server action returns, and the mapping of data-layer failures to it.
import { ConflictError, InvalidInputError, NotAuthorisedError, NotFoundError } from "../data/errors";
import type { FieldErrors } from "../validations/post";

export type ActionState<T = object> =
  | ({ ok: true; message?: string } & T)
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: boolean }
  | null;

export function failure(message: string, fieldErrors?: FieldErrors): ActionState<never> {
  return { ok: false, message, fieldErrors };
}

/** Known failures become messages; anything else is a bug and propagates to the error page */
export function failureFrom(error: unknown): ActionState<never> {
  if (error instanceof InvalidInputError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: true };
  if (error instanceof NotAuthorisedError || error instanceof NotFoundError)
    return { ok: false, message: error.message };
  throw error;
}
