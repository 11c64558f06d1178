"use client";

import { useState } from "react";
import { api } from "../client/http";
import { useAction } from "../projects/project-workbench";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

/**
 * The editable parts of 一企一档 — the profile's figures, the contacts and the inventory — each saved on
 * its own with the file's revision (an edit made meanwhile by someone else is refused, not overwritten).
 */

interface Common {
  tenant: string;
  firmId: string;
  revision: string;
  messages: Record<string, string>;
}

const put = (c: Common, body: Record<string, unknown>) => api("PUT", `/api/tenants/${c.tenant}/firms/${c.firmId}`, { revision: c.revision, ...body });
const numberOrNull = (v: string) => (v.trim() === "" ? null : Number(v));

export function ProfileEditor(
  props: Common & {
    profile: {
      name: string;
      creditCode: string | null;
      employees: number | null;
      revenueWan: number | null;
      assetsWan: number | null;
      aboveScaleDeclared: boolean | null;
    };
  },
) {
  const { busy, error, done, run, t } = useAction(props.messages);
  const p = props.profile;
  const [name, setName] = useState(p.name);
  const [creditCode, setCreditCode] = useState(p.creditCode ?? "");
  const [employees, setEmployees] = useState(p.employees === null ? "" : String(p.employees));
  const [revenue, setRevenue] = useState(p.revenueWan === null ? "" : String(p.revenueWan));
  const [assets, setAssets] = useState(p.assetsWan === null ? "" : String(p.assetsWan));
  const [declared, setDeclared] = useState(p.aboveScaleDeclared === null ? "" : p.aboveScaleDeclared ? "yes" : "no");
  const save = () =>
    run(() =>
      put(props, {
        profile: {
          name,
          creditCode: creditCode.trim() || null,
          // A cleared box is sent as such: the server names the figure it needs.
          employees: numberOrNull(employees),
          revenueWan: numberOrNull(revenue),
          assetsWan: numberOrNull(assets),
          aboveScaleDeclared: declared === "" ? null : declared === "yes",
        },
      }),
    );
  const field = (id: string, label: string, value: string, set: (v: string) => void, numeric = false) => (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} className={inputClass} inputMode={numeric ? "decimal" : undefined} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );
  return (
    <form
      className="space-y-3"
      data-testid="profile-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {field("ff-name", t("ff.profile.name"), name, setName)}
        {field("ff-credit", t("ff.profile.credit"), creditCode, setCreditCode)}
        {field("ff-employees", t("ff.profile.employees"), employees, setEmployees, true)}
        {field("ff-revenue", t("ff.profile.revenue"), revenue, setRevenue, true)}
        {field("ff-assets", t("ff.profile.assets"), assets, setAssets, true)}
        <div>
          <label htmlFor="ff-above" className={labelClass}>
            {t("ff.profile.aboveScale")}
          </label>
          <select id="ff-above" className={inputClass} value={declared} onChange={(e) => setDeclared(e.target.value)}>
            <option value="">{t("ff.profile.aboveScale.derived")}</option>
            <option value="yes">{t("ff.profile.aboveScale.yes")}</option>
            <option value="no">{t("ff.profile.aboveScale.no")}</option>
          </select>
        </div>
      </div>
      <button type="submit" className={buttonClass} disabled={busy}>
        {t("ff.profile.save")}
      </button>
      <ErrorNotice error={error} />
      {done ? <Done>{t("ff.saved")}</Done> : null}
    </form>
  );
}

interface ContactRow {
  name: string;
  role: string;
  phone: string;
  email: string;
  isPrimary: boolean;
}

export function ContactsEditor(
  props: Common & { contacts: { name: string; role: string | null; phone: string | null; email: string | null; isPrimary: boolean }[] },
) {
  const { busy, error, done, run, t } = useAction(props.messages);
  const [rows, setRows] = useState<ContactRow[]>(
    props.contacts.map((c) => ({ name: c.name, role: c.role ?? "", phone: c.phone ?? "", email: c.email ?? "", isPrimary: c.isPrimary })),
  );
  const set = (n: number, patch: Partial<ContactRow>) =>
    setRows(rows.map((r, i) => (i === n ? { ...r, ...patch } : patch.isPrimary ? { ...r, isPrimary: false } : r)));
  const save = () =>
    run(() =>
      put(props, {
        contacts: rows.map((r) => ({
          name: r.name,
          ...(r.role.trim() ? { role: r.role } : {}),
          ...(r.phone.trim() ? { phone: r.phone } : {}),
          ...(r.email.trim() ? { email: r.email.trim() } : {}),
          isPrimary: r.isPrimary,
        })),
      }),
    );
  return (
    <form
      className="space-y-3"
      data-testid="contacts-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {rows.map((r, n) => (
        <fieldset key={n} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-5" data-testid="contact-row">
          <legend className="sr-only">
            {t("ff.contacts")} {n + 1}
          </legend>
          {(
            [
              ["name", "ff.contact.name"],
              ["role", "ff.contact.role"],
              ["phone", "ff.contact.phone"],
              ["email", "ff.contact.email"],
            ] as const
          ).map(([key, label]) => (
            <div key={key}>
              <label htmlFor={`ff-contact-${n}-${key}`} className={labelClass}>
                {t(label)}
              </label>
              <input id={`ff-contact-${n}-${key}`} className={inputClass} value={r[key]} onChange={(e) => set(n, { [key]: e.target.value })} />
            </div>
          ))}
          <div className="flex items-end gap-3">
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={r.isPrimary} onChange={(e) => set(n, { isPrimary: e.target.checked })} />
              {t("ff.contact.primary")}
            </label>
            <button
              type="button"
              className="text-sm text-red-800 underline"
              aria-label={t("ff.removeRow", { n: n + 1 })}
              onClick={() => setRows(rows.filter((_, i) => i !== n))}
            >
              {t("ff.remove")}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => setRows([...rows, { name: "", role: "", phone: "", email: "", isPrimary: rows.length === 0 }])}
        >
          {t("ff.contacts.add")}
        </button>
        <button type="submit" className={buttonClass} disabled={busy} data-testid="save-contacts">
          {t("ff.contacts.save")}
        </button>
      </div>
      <ErrorNotice error={error} />
      {done ? <Done>{t("ff.saved")}</Done> : null}
    </form>
  );
}

interface InventoryRow {
  kind: "equipment" | "system";
  category: string;
  name: string;
  vendor: string;
  model: string;
  quantity: string;
  networked: string;
  sinceYear: string;
  note: string;
}

export function InventoryEditor(
  props: Common & {
    inventory: {
      kind: "equipment" | "system";
      category: string;
      name: string;
      vendor: string | null;
      model: string | null;
      quantity: number;
      networked: number | null;
      sinceYear: number | null;
      note: string | null;
    }[];
    /** Category code → its name in the reader's language, per kind. */
    categories: Record<"equipment" | "system", [string, string][]>;
  },
) {
  const { busy, error, done, run, t } = useAction(props.messages);
  const [rows, setRows] = useState<InventoryRow[]>(
    props.inventory.map((l) => ({
      kind: l.kind,
      category: l.category,
      name: l.name,
      vendor: l.vendor ?? "",
      model: l.model ?? "",
      quantity: String(l.quantity),
      networked: l.networked === null ? "" : String(l.networked),
      sinceYear: l.sinceYear === null ? "" : String(l.sinceYear),
      note: l.note ?? "",
    })),
  );
  const set = (n: number, patch: Partial<InventoryRow>) => setRows(rows.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  const save = () =>
    run(() =>
      put(props, {
        inventory: rows.map((r) => ({
          kind: r.kind,
          category: r.category,
          name: r.name,
          ...(r.vendor.trim() ? { vendor: r.vendor } : {}),
          ...(r.model.trim() ? { model: r.model } : {}),
          quantity: Number(r.quantity),
          ...(r.kind === "equipment" && r.networked.trim() ? { networked: Number(r.networked) } : {}),
          ...(r.sinceYear.trim() ? { sinceYear: Number(r.sinceYear) } : {}),
          ...(r.note.trim() ? { note: r.note } : {}),
        })),
      }),
    );
  const text = (n: number, key: "name" | "vendor" | "model" | "quantity" | "networked" | "sinceYear" | "note", label: string, numeric = false) => (
    <div>
      <label htmlFor={`ff-inv-${n}-${key}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`ff-inv-${n}-${key}`}
        className={inputClass}
        inputMode={numeric ? "numeric" : undefined}
        value={rows[n]![key]}
        onChange={(e) => set(n, { [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form
      className="space-y-3"
      data-testid="inventory-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {rows.map((r, n) => (
        <fieldset key={n} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-4" data-testid="inventory-row">
          <legend className="sr-only">
            {t("ff.inventory")} {n + 1}
          </legend>
          <div>
            <label htmlFor={`ff-inv-${n}-kind`} className={labelClass}>
              {t("ff.inv.kind")}
            </label>
            <select
              id={`ff-inv-${n}-kind`}
              className={inputClass}
              value={r.kind}
              onChange={(e) => {
                const kind = e.target.value as InventoryRow["kind"];
                set(n, { kind, category: props.categories[kind][0]![0], networked: "" });
              }}
            >
              <option value="equipment">{t("ff.inv.kind.equipment")}</option>
              <option value="system">{t("ff.inv.kind.system")}</option>
            </select>
          </div>
          <div>
            <label htmlFor={`ff-inv-${n}-category`} className={labelClass}>
              {t("ff.inv.category")}
            </label>
            <select id={`ff-inv-${n}-category`} className={inputClass} value={r.category} onChange={(e) => set(n, { category: e.target.value })}>
              {props.categories[r.kind].map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {text(n, "name", t("ff.inv.name"))}
          {text(n, "vendor", t("ff.inv.vendor"))}
          {text(n, "model", t("ff.inv.model"))}
          {text(n, "quantity", t("ff.inv.quantity"), true)}
          {r.kind === "equipment" ? text(n, "networked", t("ff.inv.networked"), true) : null}
          {text(n, "sinceYear", t("ff.inv.since"), true)}
          {text(n, "note", t("ff.inv.note"))}
          <div className="flex items-end">
            <button
              type="button"
              className="text-sm text-red-800 underline"
              aria-label={t("ff.removeRow", { n: n + 1 })}
              onClick={() => setRows(rows.filter((_, i) => i !== n))}
            >
              {t("ff.remove")}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() =>
            setRows([
              ...rows,
              {
                kind: "equipment",
                category: props.categories.equipment[0]![0],
                name: "",
                vendor: "",
                model: "",
                quantity: "1",
                networked: "",
                sinceYear: "",
                note: "",
              },
            ])
          }
        >
          {t("ff.inventory.add")}
        </button>
        <button type="submit" className={buttonClass} disabled={busy} data-testid="save-inventory">
          {t("ff.inventory.save")}
        </button>
      </div>
      <ErrorNotice error={error} />
      {done ? <Done>{t("ff.saved")}</Done> : null}
    </form>
  );
}
