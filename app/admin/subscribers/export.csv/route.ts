// Subscribers as CSV, with the filters of the subscribers page; the data layer checks the role.
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/sessions";
import { exportSubscribersCsv } from "@/lib/data/admin-subscriptions";
import { NotAuthorisedError } from "@/lib/data/errors";
import { parseSubscriberFilters } from "@/lib/validations/admin-subscriptions";

export async function GET(request: NextRequest) {
  const filters = parseSubscriberFilters(Object.fromEntries(request.nextUrl.searchParams));
  try {
    const csv = await exportSubscribersCsv(await getCurrentUser(), filters);
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="abonnenten-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotAuthorisedError) return new Response("Nicht erlaubt.", { status: 403 });
    throw error;
  }
}
