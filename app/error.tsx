"use client";

/** Client error boundary: it cannot read the language cookie, so it speaks both languages. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6" role="alert">
      <h1 className="text-2xl font-semibold">
        出错了 <span lang="en">/ Something went wrong</span>
      </h1>
      <p className="mt-3 text-muted">页面暂时无法显示，您已保存的内容不会丢失。</p>
      <p className="mt-1 text-muted" lang="en">
        This page cannot be shown right now. Nothing you saved is lost.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
        重试 <span lang="en">/ Try again</span>
      </button>
    </section>
  );
}
