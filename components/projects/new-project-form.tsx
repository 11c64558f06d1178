"use client";

import { formatScore } from "@/lib/i18n/figures";
import { useMemo, useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import type { ProjectFormOptions } from "@/lib/projects/form-options";
import { useHydrated } from "../client/hooks";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

type Category = "software" | "hardware" | "service";
interface Item {
  key: number;
  name: string;
  category: Category;
  amount: string;
  solutionId: string;
}
interface Milestone {
  key: number;
  name: string;
  due: string;
}

/** Yuan as typed ("186000.5") in fen, or null when it is not an amount with at most two decimals. */
function fenOf(text: string): number | null {
  const m = /^\s*(\d{1,10})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}
const yuanText = (fen: number) => (fen / 100).toFixed(2);

let nextKey = 1;

/** A draft being edited: its id, the revision on screen and its terms. */
export interface ProjectDraft {
  id: string;
  revision: number;
  enterpriseId: string;
  baselineAssessmentId: string;
  title: string;
  providerName: string;
  consultantUserId: string | null;
  targetLevel: number;
  targetScenes: string[];
  amountYuan: number;
  signedOn: string | null;
  lightweight: boolean;
  items: { name: string; category: string; amountYuan: number; solutionId: string | null }[];
  milestones: { name: string; due: string }[];
}

/**
 * Files a transformation project: firm and baseline, provider, target, the contract's items (which must
 * add up) and milestones; with `draft`, edits that draft's terms (the firm stays).
 */
export function NewProjectForm({
  tenant,
  options,
  locale,
  messages,
  levelNames,
  draft,
}: {
  tenant: string;
  options: ProjectFormOptions;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  levelNames: Record<string, string>;
  draft?: ProjectDraft;
}) {
  const t = clientTranslator(messages);
  const [firmId, setFirmId] = useState(draft?.enterpriseId ?? options.firms[0]?.id ?? "");
  const firm = options.firms.find((f) => f.id === firmId);
  const [baselineId, setBaselineId] = useState(draft?.baselineAssessmentId ?? firm?.baselines[0]?.id ?? "");
  const baseline = firm?.baselines.find((b) => b.id === baselineId);
  const [title, setTitle] = useState(draft?.title ?? "");
  const [provider, setProvider] = useState(draft?.providerName ?? "");
  const [consultant, setConsultant] = useState(draft?.consultantUserId ?? "");
  const [target, setTarget] = useState(draft?.targetLevel ?? Math.min(4, (baseline?.level ?? 0) + 1));
  const [scenes, setScenes] = useState<string[]>(draft?.targetScenes ?? []);
  const [amount, setAmount] = useState(draft ? yuanText(Math.round(draft.amountYuan * 100)) : "");
  const [signedOn, setSignedOn] = useState(draft?.signedOn ?? "");
  const [lightweight, setLightweight] = useState(draft?.lightweight ?? false);
  const [items, setItems] = useState<Item[]>(
    draft
      ? draft.items.map((i) => ({
          key: nextKey++,
          name: i.name,
          category: i.category as Category,
          amount: yuanText(Math.round(i.amountYuan * 100)),
          solutionId: i.solutionId ?? "",
        }))
      : [{ key: nextKey++, name: "", category: "software", amount: "", solutionId: "" }],
  );
  const [milestones, setMilestones] = useState<Milestone[]>(
    draft ? draft.milestones.map((m) => ({ key: nextKey++, name: m.name, due: m.due })) : [{ key: nextKey++, name: "", due: "" }],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const hydrated = useHydrated();

  const sums = useMemo(() => {
    const each = items.map((i) => fenOf(i.amount));
    const total = fenOf(amount);
    const sum = each.every((x) => x !== null) ? each.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
    return { sum, total, ok: sum !== null && total !== null && sum === total };
  }, [items, amount]);

  if (options.firms.length === 0) return <p className="text-sm text-muted">{t("proj.form.noFirms")}</p>;

  const chooseFirm = (id: string) => {
    setFirmId(id);
    const f = options.firms.find((x) => x.id === id);
    setBaselineId(f?.baselines[0]?.id ?? "");
    setTarget(Math.min(4, (f?.baselines[0]?.level ?? 0) + 1));
    setScenes([]);
  };
  const updateItem = (key: number, patch: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const updateMilestone = (key: number, patch: Partial<Milestone>) => setMilestones((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  // Typed amounts go as numbers; one that is not an amount goes as typed, for the server to name the field.
  const money = (text: string): number | string => {
    const fen = fenOf(text);
    return fen === null ? text : fen / 100;
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api<{ id: string }>(draft ? "PATCH" : "POST", `/api/tenants/${tenant}/projects${draft ? `/${draft.id}` : ""}`, {
      ...(draft ? { revision: draft.revision } : { enterpriseId: firmId }),
      baselineAssessmentId: baselineId,
      ...(title.trim() ? { title: title.trim() } : {}),
      provider: { name: provider, ...(consultant ? { consultantOrg: consultant } : {}) },
      targetLevel: target,
      targetScenes: scenes,
      contract: {
        amountYuan: money(amount),
        lightweight,
        ...(signedOn ? { signedOn } : {}),
        items: items.map((i) => ({ name: i.name, category: i.category, amountYuan: money(i.amount), ...(i.solutionId ? { solutionId: i.solutionId } : {}) })),
      },
      milestones: milestones.map((m) => ({ name: m.name, due: m.due })),
    });
    if (!r.ok) {
      setError(r.error);
      setBusy(false);
      return;
    }
    window.location.assign(`/projects/${tenant}/${r.data.id}${locale === "en" ? "?lang=en" : ""}`);
  }

  const dateText = (iso: string) => iso.slice(0, 10);
  return (
    <form className="space-y-6" onSubmit={(e) => void submit(e)} data-testid="new-project-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="p-firm" className={labelClass}>
            {t("proj.form.firm")}
          </label>
          <select id="p-firm" className={inputClass} value={firmId} onChange={(e) => chooseFirm(e.target.value)} required disabled={!!draft}>
            {options.firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="p-baseline" className={labelClass}>
            {t("proj.form.baseline")}
          </label>
          <select id="p-baseline" className={inputClass} value={baselineId} onChange={(e) => setBaselineId(e.target.value)} required>
            {firm?.baselines.map((b) => (
              <option key={b.id} value={b.id}>
                {t("proj.form.baselineOption", {
                  date: dateText(b.submittedAt),
                  level: levelNames[String(b.level)] ?? String(b.level),
                  total: formatScore(b.total),
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="p-title" className={labelClass}>
            {t("proj.form.name")}
          </label>
          <input id="p-title" className={inputClass} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div>
          <label htmlFor="p-provider" className={labelClass}>
            {t("proj.form.provider")}
          </label>
          <input id="p-provider" className={inputClass} value={provider} maxLength={100} required onChange={(e) => setProvider(e.target.value)} />
        </div>
        <div>
          <label htmlFor="p-consultant" className={labelClass}>
            {t("proj.form.providerConsultant")}
          </label>
          <select id="p-consultant" className={inputClass} value={consultant} onChange={(e) => setConsultant(e.target.value)}>
            <option value="">{t("proj.form.noConsultant")}</option>
            {options.consultants.map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="p-target" className={labelClass}>
            {t("proj.form.target")}
          </label>
          <select id="p-target" className={inputClass} value={target} onChange={(e) => setTarget(Number(e.target.value))}>
            {[1, 2, 3, 4]
              .filter((l) => l > (baseline?.level ?? 0))
              .map((l) => (
                <option key={l} value={l}>
                  {levelNames[String(l)] ?? l}
                </option>
              ))}
          </select>
        </div>
      </div>

      {firm && firm.scenes.length > 0 ? (
        <fieldset>
          <legend className={labelClass}>{t("proj.form.scenes")}</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-3">
            {firm.scenes.map((s) => (
              <label key={s.code} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={scenes.includes(s.code)}
                  onChange={(e) => setScenes((list) => (e.target.checked ? [...list, s.code] : list.filter((c) => c !== s.code)))}
                />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("proj.form.contract")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="p-amount" className={labelClass}>
              {t("proj.form.amount")}
            </label>
            <input id="p-amount" className={inputClass} inputMode="decimal" value={amount} required onChange={(e) => setAmount(e.target.value)} />
          </div>
          <div>
            <label htmlFor="p-signed" className={labelClass}>
              {t("proj.form.signedOn")}
            </label>
            <input id="p-signed" type="date" className={inputClass} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
          </div>
          <label className="flex items-center gap-2 self-end text-sm">
            <input type="checkbox" className="h-5 w-5" checked={lightweight} onChange={(e) => setLightweight(e.target.checked)} />
            {t("proj.form.lightweight")}
          </label>
        </div>
        <p className="text-sm font-medium">{t("proj.form.items")}</p>
        <ol className="space-y-3">
          {items.map((item, n) => (
            <li key={item.key} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_2fr_auto]" data-testid="contract-item">
              <div>
                <label htmlFor={`i-name-${item.key}`} className={labelClass}>
                  {t("proj.form.itemName")} {n + 1}
                </label>
                <input
                  id={`i-name-${item.key}`}
                  className={inputClass}
                  value={item.name}
                  required
                  maxLength={100}
                  onChange={(e) => updateItem(item.key, { name: e.target.value })}
                />
              </div>
              <div>
                <label htmlFor={`i-cat-${item.key}`} className={labelClass}>
                  {t("proj.form.category")}
                </label>
                <select
                  id={`i-cat-${item.key}`}
                  className={inputClass}
                  value={item.category}
                  onChange={(e) => updateItem(item.key, { category: e.target.value as Category })}
                >
                  {(["software", "hardware", "service"] as const).map((c) => (
                    <option key={c} value={c}>
                      {t(`proj.category.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`i-amount-${item.key}`} className={labelClass}>
                  {t("proj.form.itemAmount")}
                </label>
                <input
                  id={`i-amount-${item.key}`}
                  className={inputClass}
                  inputMode="decimal"
                  value={item.amount}
                  required
                  onChange={(e) => updateItem(item.key, { amount: e.target.value })}
                />
              </div>
              <div>
                <label htmlFor={`i-sol-${item.key}`} className={labelClass}>
                  {t("proj.form.solution")}
                </label>
                <select
                  id={`i-sol-${item.key}`}
                  className={inputClass}
                  value={item.solutionId}
                  onChange={(e) => updateItem(item.key, { solutionId: e.target.value })}
                >
                  <option value="">{t("proj.form.noSolution")}</option>
                  {options.solutions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} · {s.provider}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className={`${secondaryButtonClass} self-end`}
                disabled={items.length === 1}
                onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
              >
                {t("proj.form.remove")}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => setItems((list) => [...list, { key: nextKey++, name: "", category: "service", amount: "", solutionId: "" }])}
        >
          {t("proj.form.addItem")}
        </button>
        <p role="status" className={`text-sm ${sums.ok ? "text-emerald-800" : "text-muted"}`} data-testid="contract-sum">
          {sums.ok
            ? t("proj.form.sumOk")
            : t("proj.form.sum", { sum: sums.sum === null ? "—" : yuanText(sums.sum), amount: sums.total === null ? "—" : yuanText(sums.total) })}
        </p>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("proj.form.milestones")}</legend>
        <ol className="space-y-3">
          {milestones.map((m, n) => (
            <li key={m.key} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_auto]" data-testid="milestone-row">
              <div>
                <label htmlFor={`m-name-${m.key}`} className={labelClass}>
                  {t("proj.form.milestoneName")} {n + 1}
                </label>
                <input
                  id={`m-name-${m.key}`}
                  className={inputClass}
                  value={m.name}
                  required
                  maxLength={100}
                  onChange={(e) => updateMilestone(m.key, { name: e.target.value })}
                />
              </div>
              <div>
                <label htmlFor={`m-due-${m.key}`} className={labelClass}>
                  {t("proj.form.due")}
                </label>
                <input
                  id={`m-due-${m.key}`}
                  type="date"
                  className={inputClass}
                  value={m.due}
                  required
                  onChange={(e) => updateMilestone(m.key, { due: e.target.value })}
                />
              </div>
              <button
                type="button"
                className={`${secondaryButtonClass} self-end`}
                disabled={milestones.length === 1}
                onClick={() => setMilestones((list) => list.filter((x) => x.key !== m.key))}
              >
                {t("proj.form.remove")}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className={secondaryButtonClass} onClick={() => setMilestones((list) => [...list, { key: nextKey++, name: "", due: "" }])}>
          {t("proj.form.addMilestone")}
        </button>
      </fieldset>

      <ErrorNotice error={error} />
      <button type="submit" className={buttonClass} disabled={busy || !hydrated} data-testid="save-project">
        {draft ? t("proj.form.saveEdit") : t("proj.form.submit")}
      </button>
    </form>
  );
}
