// Auth.js answers only where a browser comes back to us: GitHub's callback and the sign-in links
// from mails. Starting a sign-in goes through our server actions, which throttle and validate;
// Auth.js's own sign-in, session and CSRF endpoints stay closed so nothing can bypass them.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/authjs";

export function GET(request: NextRequest) {
  if (!request.nextUrl.pathname.startsWith("/api/auth/callback/")) return new Response(null, { status: 404 });
  return handlers.GET(request);
}
