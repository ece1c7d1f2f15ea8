import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/admin/settings-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { getSiteSettings } from "@/lib/data/settings";

export const metadata: Metadata = { title: "Einstellungen" };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can.manageSettings(user)) notFound();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Einstellungen</h1>
      <SettingsForm settings={await getSiteSettings()} />
    </>
  );
}
