"use server";

import { enabledProviders, signIn } from "../auth/authjs";
import { safeCallbackPath } from "../validations/auth";

/** Off to GitHub and back; Auth.js checks that the address belongs to an account here */
export async function signInWithGitHubAction(formData: FormData): Promise<void> {
  if (!enabledProviders().github) return;
  const callbackUrl = formData.get("callbackUrl");
  await signIn("github", {
    redirectTo: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined),
  });
}
