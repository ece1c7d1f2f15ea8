"use client";

import { createUserAction, type CreateUserState } from "@/lib/actions/create-user";
import { roleLabels, type Role } from "@/lib/auth/permissions";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { OneTimePassword } from "./one-time-password";

export function NewUserForm() {
  const { state, pending, formProps } = useFormAction<CreateUserState>(createUserAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Name" errors={errors?.name}>
          {(props) => (
            <input {...props} name="name" maxLength={80} autoComplete="off" className={inputClass} />
          )}
        </FormField>
        <FormField label="E-Mail-Adresse" errors={errors?.email}>
          {(props) => (
            <input {...props} name="email" type="email" autoComplete="off" className={inputClass} />
          )}
        </FormField>
        <FormField label="Rolle" errors={errors?.role}>
          {(props) => (
            <select {...props} name="role" defaultValue="AUTHOR" className={inputClass}>
              {(Object.keys(roleLabels) as Role[]).map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          Konto anlegen
        </button>
        <FormMessage state={state} />
      </div>
      {state?.ok && <OneTimePassword email={state.email} password={state.password} />}
    </form>
  );
}
