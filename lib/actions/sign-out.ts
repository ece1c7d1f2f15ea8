"use server";

import { redirect } from "next/navigation";
import { endSession } from "../auth/sessions";

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in?signedOut=1");
}
