// Failures the data layer reports to actions, which turn them into messages.
export class NotAuthorisedError extends Error {
  constructor(message = "Dafür fehlt dir die Berechtigung.") {
    super(message);
    this.name = "NotAuthorisedError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "Nicht gefunden.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved in between: the caller must reload or merge */
export class ConflictError extends Error {
  constructor(message = "Dieser Beitrag wurde inzwischen anderswo gespeichert.") {
    super(message);
    this.name = "ConflictError";
  }
}

export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Partial<Record<string, string[]>> = {},
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}
