import type { ActionState } from "@/lib/actions/action-state";

/** The message an action returned: announced politely on success, as an alert on failure */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state?.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={
        state.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-red-700 dark:text-red-400"
      }
    >
      {state.message}
    </p>
  );
}
