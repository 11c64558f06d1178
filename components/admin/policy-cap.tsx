"use client";

import type { ClientT } from "@/lib/i18n/format";
import { SelectInput, SlotError, TextInput } from "./form-parts";
import { TIER_LEVELS, type PolicyFormState } from "./policy-form-state";
import type { Set } from "./policy-values";

/** The cap: one amount, or an amount for each level the firm reaches (the schema's tiered cap). */
export function CapValue({ form, set, t }: { form: PolicyFormState; set: Set; t: ClientT }) {
  const v = form.cap.value;
  return (
    <div className="space-y-2">
      <SelectInput
        label={t("ws.pf.capKind")}
        slot="cap.value.kind"
        value={v.kind}
        onChange={(kind) => set("cap", { ...v, kind: kind === "tiered" ? "tiered" : "flat" })}
        options={[
          { value: "flat", label: t("ws.pf.capFlat") },
          { value: "tiered", label: t("ws.pf.capTiered") },
        ]}
      />
      {v.kind === "flat" ? (
        <TextInput label={t("ws.pf.yuan")} slot="cap.value.yuan" inputMode="decimal" value={v.yuan} onChange={(yuan) => set("cap", { ...v, yuan })} />
      ) : (
        TIER_LEVELS.map((l) => (
          <TextInput
            key={l}
            label={t("ws.pf.tierYuan", { level: t(`ws.level.${l}`) })}
            slot={`cap.value.tiers.${l}`}
            inputMode="decimal"
            value={v.tiers[l]}
            onChange={(yuan) => set("cap", { ...v, tiers: { ...v.tiers, [l]: yuan } })}
          />
        ))
      )}
      <SlotError slot="cap.value.tiers" />
    </div>
  );
}
