import type { ReactNode } from "react";
import type { ApiError } from "../client/http";

/** Messages on a page: an API error with its field issues, a confirmation, an error or success notice. */

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

/** A message at the top of a form: an error (announced at once) or a confirmation. */
export function Notice({ kind, children, testId }: { kind: "error" | "success"; children: ReactNode; testId?: string }) {
  const style = kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <p role={kind === "error" ? "alert" : "status"} className={`mt-4 rounded-md border p-3 text-sm ${style}`} data-testid={testId}>
      {children}
    </p>
  );
}
