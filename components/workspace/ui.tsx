import type { ReactNode } from "react";
import type { ApiError } from "../client/http";

/** Shared pieces of the workspace pages: a page frame, sections, buttons and an error notice. */

export function Page({ title, lead, nav, children }: { title: string; lead?: ReactNode; nav?: ReactNode; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-5xl space-y-8 px-4 py-10 sm:px-6">
      <header className="space-y-2">
        {nav}
        <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
        {lead ? <p className="text-muted">{lead}</p> : null}
      </header>
      {children}
    </section>
  );
}

export function Panel({ title, id, children, actions }: { title: string; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

export const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand";
export const labelClass = "block text-sm font-medium text-ink";
export const buttonClass = "rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong disabled:opacity-60";
export const secondaryButtonClass = "rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-ink hover:bg-slate-50 disabled:opacity-60";

export function ErrorNotice({ error, testId }: { error: ApiError | null; testId?: string }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid={testId ?? "api-error"}>
      <p>{error.message}</p>
      {error.issues.length > 1 ? (
        <ul className="mt-1 list-disc pl-5">
          {error.issues.map((i) => (
            <li key={`${i.field}-${i.message}`}>
              <code>{i.field}</code>: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Done({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid={testId}>
      {children}
    </p>
  );
}
