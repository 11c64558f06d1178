"use client";

import { useState } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { secondaryButtonClass } from "../ui/field";

/**
 * 高级：JSON, closed by default: the entry the form builds, for developers, who may paste one and
 * load it into the form (`load` answers a problem to show, or null when it took it).
 */
export function JsonDisclosure({ current, load, t }: { current: () => unknown; load: (raw: unknown) => string | null; t: ClientT }) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  function apply() {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return setProblem(`${t("ws.catalogue.badJson")} ${e instanceof Error ? e.message : ""}`);
    }
    setProblem(load(raw));
  }
  return (
    <details
      className="rounded-md border border-slate-200 p-3 text-sm"
      data-testid="entry-json"
      onToggle={(e) => {
        if (e.currentTarget.open) setText(JSON.stringify(current(), null, 2));
      }}
    >
      <summary className="cursor-pointer font-medium">{t("ws.pf.json")}</summary>
      <label className="mt-2 block">
        {t("ws.catalogue.json")}
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={16}
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-xs"
        />
      </label>
      <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={apply}>
        {t("ws.pf.jsonApply")}
      </button>
      {problem ? (
        <p role="alert" className="mt-2 whitespace-pre-wrap text-red-700">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
