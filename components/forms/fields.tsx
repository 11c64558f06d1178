import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input, as every account form uses it (the label wraps the input: no id needed). */
export function Field({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <input {...input} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
    </label>
  );
}

/** A message at the top of a form: an error (announced at once) or a confirmation. */
export function Notice({ kind, children, testId }: { kind: "error" | "success"; children: ReactNode; testId?: string }) {
  const style = kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <p role={kind === "error" ? "alert" : "status"} className={`mt-4 rounded-md border p-3 text-sm ${style}`} data-testid={testId}>
      {children}
    </p>
  );
}

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
      {children}
    </button>
  );
}
