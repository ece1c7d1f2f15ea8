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

/** The fields of the unique constraint a write broke, or null for any other error */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== "P2002")
    return null;
  const meta = "meta" in error && typeof error.meta === "object" && error.meta !== null ? error.meta : {};
  // Prisma names the fields in `target`; through a driver adapter, in the adapter's error
  const target = "target" in meta ? meta.target : undefined;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  const fields = JSON.stringify(meta).match(/"fields":\[([^\]]*)\]/)?.[1];
  return fields ? fields.split(",").map((field) => field.replace(/"/g, "")) : [];
}
