// Everything kept about an email address, as a JSON download (a POST, so the address stays out
// of URLs and logs); the data layer checks that an administrator asks.
import { getCurrentUser } from "@/lib/auth/sessions";
import { NotAuthorisedError } from "@/lib/data/errors";
import { exportPersonalData } from "@/lib/data/personal-data";
import { personalDataSchema } from "@/lib/validations/admin-subscriptions";

export async function POST(request: Request) {
  const parsed = personalDataSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return new Response("Bitte gib eine gültige E-Mail-Adresse an.", { status: 400 });
  try {
    const data = await exportPersonalData(await getCurrentUser(), parsed.data.email);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="personenbezogene-daten.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotAuthorisedError) return new Response("Nicht erlaubt.", { status: 403 });
    throw error;
  }
}
