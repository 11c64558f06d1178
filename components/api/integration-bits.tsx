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
