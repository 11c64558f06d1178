import type { ReactNode } from "react";

/** The frame of a workspace page (title, lead, navigation) and its titled sections. */

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
