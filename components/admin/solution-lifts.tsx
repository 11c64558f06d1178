"use client";

import type { ClientT } from "@/lib/i18n/format";
import { secondaryButtonClass } from "../ui/field";
import { SelectInput, SlotError } from "./form-parts";

type Lift = { scene: string; from: string };

/** The scene steps a solution lifts, one row each: the scene and the level it starts from (it lifts one step). */
export function LiftRows({
  lifts,
  onChange,
  scenes,
  t,
}: {
  lifts: Lift[];
  onChange: (next: Lift[]) => void;
  scenes: readonly { code: string; label: string }[];
  t: ClientT;
}) {
  const set = (i: number, patch: Partial<Lift>) => onChange(lifts.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  // A scene the list does not know (another template's) stays offered under its code.
  const options = (current: string) => [
    ...scenes.map((s) => ({ value: s.code, label: s.label })),
    ...(current && !scenes.some((s) => s.code === current) ? [{ value: current, label: current }] : []),
  ];
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{t("ws.sf.lifts")}</legend>
      {lifts.map((l, i) => (
        <div key={i} className="grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <SelectInput label={t("ws.sf.scene")} slot={`lifts.${i}.scene`} value={l.scene} onChange={(scene) => set(i, { scene })} options={options(l.scene)} />
          <SelectInput
            label={t("ws.sf.liftFrom")}
            slot={`lifts.${i}`}
            value={l.from}
            onChange={(from) => set(i, { from })}
            options={[0, 1, 2, 3].map((n) => ({ value: String(n), label: `${t(`ws.level.${n}`)} → ${t(`ws.level.${n + 1}`)}` }))}
          />
          <button type="button" className={secondaryButtonClass} onClick={() => onChange(lifts.filter((_, j) => j !== i))}>
            {t("ws.sf.removeLift")}
          </button>
        </div>
      ))}
      <button type="button" className={secondaryButtonClass} onClick={() => onChange([...lifts, { scene: scenes[0]?.code ?? "", from: "1" }])}>
        {t("ws.sf.addLift")}
      </button>
      <SlotError slot="lifts" />
    </fieldset>
  );
}
