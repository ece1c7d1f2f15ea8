// Sends signed-out visitors of the author area to the sign-in page. This only
// looks for the cookie, for a smooth experience; every author-area page and
// action checks the session itself in lib/ (the real security boundary).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/session-policy";

export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
