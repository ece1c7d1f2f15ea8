// Mails about comments: the post's author hears of every new comment, and a commenter who asked
// for it hears of approved replies. They go through the outbox, keyed so each is sent once.
import "server-only";
import { commentPermalink } from "../comments/addresses";
import { db } from "../db";
import { paragraphsToHtml } from "../mail/html";
import { enqueueMail } from "./outbox";
import { absoluteUrl, siteConfig } from "../site-config";

function quote(body: string): string {
  return body.length > 600 ? `${body.slice(0, 600)} …` : body;
}

/** Called after a comment is stored and after it is approved; repeated calls send nothing twice */
export async function queueCommentNotifications(commentId: number): Promise<void> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      status: true,
      authorName: true,
      authorEmail: true,
      body: true,
      userId: true,
      post: { select: { id: true, slug: true, title: true, author: { select: { id: true, email: true } } } },
      parent: { select: { authorEmail: true, authorName: true, notifyOnReply: true, status: true } },
    },
  });
  if (!comment || comment.status === "SPAM" || comment.status === "TRASH") return;
  const { post } = comment;
  const commentUrl = absoluteUrl(commentPermalink(post.slug, comment.id));

  if (comment.userId !== post.author.id) {
    const waiting = comment.status === "PENDING";
    const lines = [
      `${comment.authorName} hat „${post.title}“ kommentiert${waiting ? " – der Kommentar wartet auf deine Freischaltung" : ""}:`,
      quote(comment.body),
      waiting ? `Freischalten: ${absoluteUrl("/admin/comments?status=PENDING")}` : `Ansehen: ${commentUrl}`,
    ];
    await enqueueMail({
      dedupeKey: `comment-new:${comment.id}`,
      kind: "comment-new",
      to: post.author.email,
      subject: `Neuer Kommentar zu „${post.title}“`,
      text: lines.join("\n\n"),
      html: paragraphsToHtml(lines),
      postId: post.id,
    });
  }

  const parent = comment.parent;
  if (
    comment.status === "APPROVED" &&
    parent?.notifyOnReply &&
    parent.status === "APPROVED" &&
    parent.authorEmail &&
    parent.authorEmail !== comment.authorEmail
  ) {
    const lines = [
      `Hallo ${parent.authorName},`,
      `${comment.authorName} hat auf deinen Kommentar zu „${post.title}“ geantwortet:`,
      quote(comment.body),
      `Zur Antwort: ${commentUrl}`,
      `Du bekommst diese E-Mail, weil du bei deinem Kommentar auf ${siteConfig.name} Benachrichtigungen über Antworten gewählt hast.`,
    ];
    await enqueueMail({
      dedupeKey: `comment-reply:${comment.id}`,
      kind: "comment-reply",
      to: parent.authorEmail,
      subject: `Neue Antwort auf deinen Kommentar zu „${post.title}“`,
      text: lines.join("\n\n"),
      html: paragraphsToHtml(lines),
      postId: post.id,
    });
  }
}
