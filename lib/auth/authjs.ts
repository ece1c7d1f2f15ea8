// Auth.js, for the sign-ins Casebook does not do itself: GitHub (OAuth) and links by email.
// Each switches on when its settings are present (README "Configuration") and is absent otherwise.
// Both end in the same database session as the password sign-in: same cookie, same table,
// tokens stored as hashes, and only accounts an administrator created may sign in.
import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { getServerSecret } from "../data/server-secret";
import { mayUseAuthjsSignIn } from "../data/sign-in";
import { mailConfig } from "../mail/config";
import { siteConfig } from "../site-config";
import { safeCallbackPath } from "../validations/auth";
import { createAuthAdapter } from "./authjs-adapter";
import {
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  sessionCookieOptions,
  useSecureCookies,
} from "./session-policy";
import { sendSignInLink } from "./sign-in-link";

export interface SignInProviders {
  github: boolean;
  emailLink: boolean;
}

export function enabledProviders(env: Record<string, string | undefined> = process.env): SignInProviders {
  return {
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    emailLink: Boolean(env.SMTP_URL) && env.AUTH_EMAIL_LINKS !== "false",
  };
}

export const SIGN_IN_LINK_MAX_AGE_S = 15 * 60;

function buildConfig(secret: string): NextAuthConfig {
  const providers = enabledProviders();
  return {
    secret,
    // Links in mails always point at SITE_URL (see sign-in-link.ts), never at a Host header
    trustHost: true,
    basePath: "/api/auth",
    adapter: createAuthAdapter(),
    session: { strategy: "database", maxAge: SESSION_ABSOLUTE_MS / 1000 },
    useSecureCookies,
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions } },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in?linkSent=1" },
    providers: [
      ...(providers.github
        ? [
            GitHub({
              clientId: process.env.AUTH_GITHUB_ID,
              clientSecret: process.env.AUTH_GITHUB_SECRET,
              // GitHub reports the verified primary address; it links to the account an
              // administrator created for it, as no account is ever created here
              allowDangerousEmailAccountLinking: true,
            }),
          ]
        : []),
      ...(providers.emailLink && mailConfig.smtpUrl
        ? [
            Nodemailer({
              server: mailConfig.smtpUrl,
              from: mailConfig.from,
              maxAge: SIGN_IN_LINK_MAX_AGE_S,
              sendVerificationRequest: ({ identifier, url, expires }) =>
                sendSignInLink({ to: identifier, url, expires }),
            }),
          ]
        : []),
    ],
    callbacks: {
      signIn: async ({ user, email }) => {
        // Asking for a link always looks the same, account or not (sendSignInLink stays quiet)
        if (email?.verificationRequest) return true;
        return mayUseAuthjsSignIn(user.email);
      },
      // Only ever back into the author area of this site, at its public address (the request's
      // own host may be an internal one behind a proxy, where the session cookie would not go)
      redirect: ({ url, baseUrl }) => {
        const target = new URL(url, baseUrl);
        const sameSite = [new URL(baseUrl).origin, new URL(siteConfig.url).origin].includes(target.origin);
        return `${siteConfig.url}${safeCallbackPath(sameSite ? target.pathname + target.search : undefined)}`;
      },
    },
  };
}

export const { handlers, signIn } = NextAuth(async () => buildConfig(await getServerSecret()));
