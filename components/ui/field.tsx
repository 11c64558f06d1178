import type { InputHTMLAttributes, ReactNode } from "react";

/** Form pieces: the classes every workspace form uses, a labelled input, a submit button. */

export const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand";
export const labelClass = "block text-sm font-medium text-ink";
export const buttonClass = "rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong disabled:opacity-60";
export const secondaryButtonClass = "rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-ink hover:bg-slate-50 disabled:opacity-60";

/** A labelled input, as every account form uses it (the label wraps the input: no id needed). */
export function Field({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <input {...input} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
    </label>
  );
}

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
      {children}
    </button>
  );
}
