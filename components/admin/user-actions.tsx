"use client";

import { useActionState } from "react";
import { changeUserAction, type ChangeUserState } from "@/lib/actions/change-user";
import { roleLabels, type Role } from "@/lib/auth/permissions";
import { inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { OneTimePassword } from "./one-time-password";

/** Role, lock and password reset for one account (not shown for the administrator's own) */
export function UserActions({
  user,
}: {
  user: { id: string; name: string; email: string; role: Role; disabled: boolean };
}) {
  const [state, action, pending] = useActionState<ChangeUserState, FormData>(changeUserAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Rolle von {user.name}
        </label>
        <select
          id={`role-${user.id}`}
          name="role"
          defaultValue={user.role}
          className={`${inputClass} w-auto py-1`}
        >
          {(Object.keys(roleLabels) as Role[]).map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
        <button name="intent" value="role" className={secondaryButtonClass} disabled={pending}>
          Rolle ändern
        </button>
        <button
          name="intent"
          value={user.disabled ? "enable" : "disable"}
          className={secondaryButtonClass}
          disabled={pending}
        >
          {user.disabled ? "Entsperren" : "Sperren"}
        </button>
        <button name="intent" value="reset-password" className={secondaryButtonClass} disabled={pending}>
          Neues Passwort
        </button>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.password && <OneTimePassword email={user.email} password={state.password} />}
    </form>
  );
}
