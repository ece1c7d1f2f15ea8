// The one shape every server action returns, and the mapping of data-layer failures to it.
import { ConflictError, InvalidInputError, NotAuthorisedError, NotFoundError } from "../data/errors";
import type { FieldErrors } from "../validations/post";

export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors?: FieldErrors;
  /** Someone else saved in between */
  conflict?: boolean;
}

export type ActionState<T = object> = ({ ok: true; message?: string } & T) | ActionFailure | null;

export function failure(message: string, fieldErrors?: FieldErrors): ActionFailure {
  return { ok: false, message, fieldErrors };
}

/** Known failures become messages; anything else is a bug and propagates to the error page */
export function failureFrom(error: unknown): ActionFailure {
  if (error instanceof InvalidInputError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: true };
  if (error instanceof NotAuthorisedError || error instanceof NotFoundError)
    return { ok: false, message: error.message };
  throw error;
}
