import type { Metadata } from "next";
import { NewPostForm } from "@/components/editor/new-post-form";
import { requireUser } from "@/lib/auth/sessions";

export const metadata: Metadata = { title: "Neuer Beitrag" };

export default async function NewPostPage() {
  await requireUser();
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Neuer Beitrag</h1>
      <NewPostForm />
    </>
  );
}
