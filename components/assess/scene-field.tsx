"use client";

import type { SceneView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";

interface Props {
  scene: SceneView;
  value: number | undefined;
  constrained: boolean;
  t: ClientT;
  onAnswer: (level: number) => void;
}

/** A business scene: the firm picks the level description (0–4) that fits it. */
export function SceneField({ scene, value, constrained, t, onAnswer }: Props) {
  return (
    <fieldset id={`q-${scene.code}`} className="scroll-mt-24 rounded-xl border border-slate-200 p-4 sm:p-5" data-question={scene.code}>
      <legend className="px-1 text-base font-semibold">
        {scene.label}
        {constrained ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t("assess.q.constrained")}</span> : null}
      </legend>
      <p className="mt-1 text-xs text-muted">{t("assess.q.scene.hint")}</p>
      <div className="mt-3 space-y-2">
        {scene.ladder.map((text, level) => {
          const id = `${scene.code}-${level}`;
          const checked = value === level;
          return (
            <label
              key={level}
              htmlFor={id}
              className={`flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2 ${checked ? "border-brand bg-blue-50" : "border-slate-200"}`}
            >
              <input
                id={id}
                type="radio"
                name={scene.code}
                value={level}
                checked={checked}
                onChange={() => onAnswer(level)}
                className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-brand)]"
              />
              <span className="text-sm leading-relaxed">
                <span className="block font-semibold">{level === 0 ? t("assess.q.scene.zero") : t("assess.q.scene.level", { level })}</span>
                <span className="block text-slate-700">{text}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
