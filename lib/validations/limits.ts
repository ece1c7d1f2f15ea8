// Length limits that forms state in the browser (maxLength, hints) and the schemas enforce on the
// server. Kept apart from the schemas so that a client component importing a limit does not ship
// zod to every reader.

/** The public comment form */
export const COMMENT_LIMITS = { name: 80, email: 254, url: 200, body: 5000 } as const;

/** An email address (RFC 5321's path limit) */
export const EMAIL_MAX_LENGTH = 254;
