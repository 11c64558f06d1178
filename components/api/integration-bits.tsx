"use client";

import type { ClientT } from "@/lib/i18n/format";
import { labelClass } from "../ui/field";
import { Done } from "../ui/notice";

/** For an account that is both the portal's administrator and a consultant: whom a key or an endpoint is for. */
export function ActingAs({ value, onChange, t }: { value: "portal" | "consultant"; onChange: (v: "portal" | "consultant") => void; t: ClientT }) {
  return (
    <fieldset>
      <legend className={labelClass}>{t("api.keys.as")}</legend>
      {(["portal", "consultant"] as const).map((k) => (
        <label key={k} className="mr-4 text-sm">
          <input type="radio" name="as" checked={value === k} onChange={() => onChange(k)} /> {t(`api.keys.as.${k}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A secret shown this once (a key, a signing secret): copy it now. */
export function ShownOnce({ label, secret, testId }: { label: string; secret: string; testId: string }) {
  return (
    <Done testId={testId}>
      <span className="block font-semibold">{label}</span>
      <code className="mt-1 block break-all rounded bg-white px-2 py-1 text-sm">{secret}</code>
    </Done>
  );
}

/** A group of checkboxes over a fixed list (a key's scopes, an endpoint's events), each with its words and its code. */
export function CheckboxList<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  words,
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  words: (option: T) => string;
}) {
  return (
    <fieldset>
      <legend className={labelClass}>{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option} className="text-sm">
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, option] : chosen.filter((x) => x !== option))}
            />{" "}
            {words(option)} <code className="text-xs text-muted">{option}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
