// One-click unsubscribe (RFC 8058), the address in every mail's List-Unsubscribe header. The mail
// provider POSTs "List-Unsubscribe=One-Click" without cookies or origin; the signed token is the
// proof. It answers 200 without a redirect. A GET (a person, or a scanner following the link)
// changes nothing: it leads to the page with a button.
import type { NextRequest } from "next/server";
import { unsubscribeWithLink } from "@/lib/data/subscriptions";
import { getClientAddress } from "@/lib/request-context";
import { tokenSchema } from "@/lib/validations/subscription";

export async function POST(request: NextRequest) {
  const token = tokenSchema.safeParse(request.nextUrl.searchParams.get("token"));
  const result = token.success
    ? await unsubscribeWithLink(token.data, { clientAddress: await getClientAddress() })
    : null;
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (!result?.ok) return new Response("Ungültiger Abmeldelink.\n", { status: 400, headers });
  return new Response("Abgemeldet.\n", { status: 200, headers });
}

export function GET(request: NextRequest) {
  const page = new URL("/abo/abmelden", request.nextUrl.origin);
  page.searchParams.set("token", request.nextUrl.searchParams.get("token") ?? "");
  return new Response(null, { status: 303, headers: { Location: `${page.pathname}${page.search}` } });
}
