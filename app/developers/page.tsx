import type { Metadata } from "next";
import { withCode } from "@/components/ui/code-text";
import { Page, Panel } from "@/components/ui/page";
import { openApiDocument } from "@/lib/api/openapi";
import { V1_ENDPOINTS } from "@/lib/api/v1";
import { currentTranslator } from "@/lib/i18n/server";
import { EVENT_DATA, EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { VERIFY_EXAMPLE } from "@/lib/webhooks/signature";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("dev.title") };
}

type Operation = {
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string; content?: { "application/json": { schema: unknown } } }>;
  "x-scope": string;
};

/** The API reference, rendered here from the same OpenAPI document /api/v1/openapi.json serves (no CDN, no script). */
export default async function DevelopersPage() {
  const { t, locale } = await currentTranslator();
  const doc = openApiDocument(V1_ENDPOINTS) as { paths: Record<string, Record<string, Operation>> };
  const example = `curl -H "Authorization: Bearer sz_…" "https://<host>/api/v1/firms?limit=50"`;
  return (
    <Page title={t("dev.title")} lead={withCode(t("dev.lead"))}>
      <Panel title={t("dev.start")} id="start">
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          <li>{t("dev.step.key")}</li>
          <li>
            {withCode(t("dev.step.call"))}
            <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{example}</pre>
          </li>
          <li>{withCode(t("dev.step.page"))}</li>
          <li>{withCode(t("dev.step.etag"))}</li>
          <li>{withCode(t("dev.step.idempotency"))}</li>
          <li>{withCode(t("dev.step.rate"))}</li>
          <li>{withCode(t("dev.step.errors"))}</li>
        </ol>
        <p className="mt-3 text-sm">
          <a href="/api/v1/openapi.json" className="text-brand underline">
            <code>/api/v1/openapi.json</code>
          </a>{" "}
          {withCode(t("dev.openapi"))}
        </p>
      </Panel>
      {Object.entries(doc.paths).map(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => (
          <Panel
            key={`${method} ${path}`}
            title={locale === "zh-CN" ? op.summary : op.description.split("\n")[0]!}
            id={`${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`}
          >
            <p className="text-sm">
              <code className="rounded bg-slate-100 px-1">
                {method.toUpperCase()} {path}
              </code>
            </p>
            <p className="mt-1 text-xs text-muted">
              {t("dev.scope")} <code>{op["x-scope"]}</code>
            </p>
            {op.parameters.length > 0 && (
              <table className="mt-3 w-full text-left text-sm">
                <caption className="text-left text-xs font-semibold text-ink">{t("dev.params")}</caption>
                <thead>
                  <tr className="text-xs text-muted">
                    <th scope="col">{t("dev.param.name")}</th>
                    <th scope="col">{t("dev.param.in")}</th>
                    <th scope="col">{t("dev.param.required")}</th>
                    <th scope="col">{t("dev.param.about")}</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`}>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td>
                        <code>{p.in}</code>
                      </td>
                      <td>{p.required ? t("dev.yes") : t("dev.no")}</td>
                      <td className="text-xs" lang="en">
                        {p.description ?? ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {op.requestBody && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold">{t("dev.body")}</summary>
                <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">
                  {JSON.stringify(op.requestBody.content["application/json"].schema, null, 2)}
                </pre>
              </details>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-semibold">{t("dev.responses")}</summary>
              <ul className="mt-1 space-y-1 text-xs">
                {Object.entries(op.responses).map(([status, r]) => (
                  <li key={status}>
                    <code>{status}</code> <span lang="en">{r.description}</span>
                  </li>
                ))}
              </ul>
              {Object.entries(op.responses)
                .filter(([status]) => status.startsWith("2"))
                .map(([status, r]) => (
                  <pre key={status} className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">
                    {JSON.stringify(r.content?.["application/json"].schema ?? null, null, 2)}
                  </pre>
                ))}
            </details>
          </Panel>
        )),
      )}
      <Panel title={t("dev.hooks")} id="webhooks">
        <p className="text-sm">{withCode(t("dev.hooks.lead"))}</p>
        <p className="mt-2 text-sm">{withCode(t("dev.hooks.verify"))}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100" lang="en">
          {VERIFY_EXAMPLE}
        </pre>
        <p className="mt-2 text-sm">{withCode(t("dev.hooks.answer"))}</p>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="text-left text-xs font-semibold text-ink">{t("dev.hooks.events")}</caption>
          <tbody>
            {WEBHOOK_EVENTS.map((type) => (
              <tr key={type} className="align-top">
                <th scope="row" className="pr-3 font-normal">
                  <code>{type}</code>
                </th>
                <td>
                  {EVENT_LABELS[type][locale]}
                  <code className="block text-xs text-muted">data: {Object.keys(EVENT_DATA[type].shape).join(", ")}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </Page>
  );
}
