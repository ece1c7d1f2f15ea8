// The editor's reason for letting an anecdote past the anonymisation guard, in the status panel and the
// editor's refused save alike.
import { inputClass } from "../ui/form-field";

export function OverrideReasonField({ label, errors }: { label: string; errors?: string[] }) {
  return (
    <>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{label}</span>
        <textarea
          name="overrideReason"
          required
          minLength={3}
          maxLength={500}
          rows={2}
          className={inputClass}
        />
      </label>
      {errors && <p className="text-sm text-red-700">{errors.join(" ")}</p>}
    </>
  );
}
