"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../data/admin-users";
import { userChangeSchema, type UserChange } from "../validations/users";
import { failure, failureFrom, type ActionState } from "./action-state";

/** A reset returns the new one-time password, shown once */
export type ChangeUserState = ActionState<{ password?: string }>;

export async function changeUserAction(
  _previous: ChangeUserState,
  formData: FormData,
): Promise<ChangeUserState> {
  const parsed = userChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Diese Änderung ist nicht möglich.");
  try {
    const result = await apply(parsed.data);
    // The list shows role, lock and sessions: render it afresh
    refresh();
    return result;
  } catch (error) {
    return failureFrom(error);
  }
}

async function apply(change: UserChange): Promise<ChangeUserState> {
  const actor = await getCurrentUser();
  switch (change.intent) {
    case "role":
      await changeUserRole(actor, change.userId, change.role);
      return { ok: true, message: "Rolle geändert." };
    case "disable":
      await setUserDisabled(actor, change.userId, true);
      return { ok: true, message: "Konto gesperrt; alle Anmeldungen sind beendet." };
    case "enable":
      await setUserDisabled(actor, change.userId, false);
      return { ok: true, message: "Konto entsperrt." };
    case "reset-password": {
      const { password } = await resetUserPassword(actor, change.userId);
      return { ok: true, message: "Neues Einmalpasswort erstellt; alle Anmeldungen sind beendet.", password };
    }
  }
}
