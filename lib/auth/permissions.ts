// Who may do what: the permission matrix of the author area (also in the README).
// Pure functions of the actor and the resource, so every check reads the same everywhere.

export type Role = "ADMIN" | "EDITOR" | "AUTHOR";

export interface Actor {
  id: string;
  role: Role;
}

export interface SiteRules {
  /** Authors' posts need an editor to publish them */
  requireReview: boolean;
}

interface OwnedResource {
  authorId: string;
}

const isStaff = (actor: Actor) => actor.role === "ADMIN" || actor.role === "EDITOR";
const owns = (actor: Actor, resource: OwnedResource) => resource.authorId === actor.id;

export const can = {
  enterAuthorArea: (actor: Actor | null): actor is Actor => actor !== null,
  createPost: (actor: Actor | null): actor is Actor => actor !== null,
  editPost: (actor: Actor | null, post: OwnedResource): boolean =>
    actor !== null && (isStaff(actor) || owns(actor, post)),
  publishPost: (actor: Actor | null, post: OwnedResource, rules: SiteRules): boolean =>
    actor !== null && (isStaff(actor) || (owns(actor, post) && !rules.requireReview)),
  deletePost: (actor: Actor | null, post: OwnedResource): boolean =>
    actor !== null && (isStaff(actor) || owns(actor, post)),
  seeAllPosts: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  /** Tags, categories and series can be created inline by anyone who writes */
  createTerms: (actor: Actor | null): actor is Actor => actor !== null,
  manageSeries: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  /** Publish an anecdote although the anonymisation guard still has findings (with a recorded reason) */
  overrideAnonymisation: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  manageTaxonomy: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  uploadMedia: (actor: Actor | null): actor is Actor => actor !== null,
  editMedia: (actor: Actor | null, media: { uploadedById: string | null }): boolean =>
    actor !== null && (isStaff(actor) || media.uploadedById === actor.id),
  moderateComments: (actor: Actor | null, post: OwnedResource): boolean =>
    actor !== null && (isStaff(actor) || owns(actor, post)),
  moderateAllComments: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  /** Subscribers per series, their export, and the mail outbox */
  manageSubscribers: (actor: Actor | null): boolean => actor !== null && isStaff(actor),
  /** Exporting and erasing what the site stores about a person */
  managePersonalData: (actor: Actor | null): boolean => actor?.role === "ADMIN",
  manageUsers: (actor: Actor | null): boolean => actor?.role === "ADMIN",
  manageSettings: (actor: Actor | null): boolean => actor?.role === "ADMIN",
};

export const roleLabels: Record<Role, string> = {
  ADMIN: "Administration",
  EDITOR: "Redaktion",
  AUTHOR: "Autor*in",
};
