"use client";

import { useMemo, useState, type ReactNode } from "react";
import { classesOf, divisionHasClasses, searchIndustries, type IndustryHit } from "@/lib/enterprise/industry-classes";
import { segmentName, segmentsOfClass } from "@/lib/enterprise/segments";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientT } from "@/lib/i18n/format";

export interface IndustryValue {
  industryCode: string;
  /** 中类 or 小类; "" when none chosen. */
  industrySubCode: string;
  /** A pilot segment's name, "none" when the firm says it is in none, "" when not asked or not said. */
  industrySegment: string;
}

interface Props {
  t: ClientT;
  value: IndustryValue;
  onChange: (next: IndustryValue) => void;
  industries: { code: string; name: string; section: string }[];
  realEstateGroups: { code: string; name: string }[];
  /** The pilot segments of the firm's city (empty when its city runs none we know of). */
  segments: string[];
  locale: Locale;
  cityName: string;
  field: (id: string) => Record<string, unknown>;
  error: (id: string) => ReactNode;
  inputClass: string;
  labelClass: string;
}

/**
 * The firm's industry: a search over the classification (names, codes and common words) that fills
 * the 大类 and 小类 at once, the 大类 and 小类 lists themselves, and the city's pilot segments as a
 * choice, preselected from the class where the class decides it.
 */
export function IndustryPicker({ t, value, onChange, industries, realEstateGroups, segments, locale, cityName, field, error, inputClass, labelClass }: Props) {
  const [search, setSearch] = useState("");
  const hits = useMemo(() => searchIndustries(search, 12), [search]);
  const divisions = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (!q) return industries;
    const fromHits = new Set(hits.map((h) => h.division));
    return industries.filter((i) => fromHits.has(i.code) || i.code.startsWith(q) || i.name.toLowerCase().includes(q) || i.section.toLowerCase().includes(q));
  }, [search, hits, industries]);

  const choose = (industryCode: string, industrySubCode: string) => {
    const fits = industrySubCode.length === 4 ? segmentsOfClass(segments, industrySubCode) : [];
    onChange({
      industryCode,
      industrySubCode,
      industrySegment: fits[0] ?? (segments.includes(value.industrySegment) || value.industrySegment === "none" ? value.industrySegment : ""),
    });
  };
  // 房地产 is chosen by its 中类 (its size rule needs it); everything else by what was found.
  const pick = (h: IndustryHit) => choose(h.division, h.code.length === 2 ? "" : h.division === "70" ? h.code.slice(0, 3) : h.code);

  return (
    <>
      <IndustrySearch t={t} search={search} onSearch={setSearch} hits={hits} value={value} onPick={pick} inputClass={inputClass} labelClass={labelClass} />
      <div>
        <label htmlFor="f-industryCode" className={labelClass}>
          {t("assess.field.industry")}
        </label>
        <select {...field("industryCode")} className={inputClass} value={value.industryCode} onChange={(e) => choose(e.target.value, "")}>
          <option value="">{divisions.length === 0 ? t("assess.field.industry.none") : t("assess.field.industry.choose")}</option>
          {divisions.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {i.name}
            </option>
          ))}
        </select>
        {error("industryCode")}
      </div>
      <IndustrySubCode
        t={t}
        value={value}
        choose={choose}
        realEstateGroups={realEstateGroups}
        field={field}
        error={error}
        inputClass={inputClass}
        labelClass={labelClass}
      />
      {segments.length > 0 ? (
        <SegmentPicker t={t} value={value} onChange={onChange} segments={segments} locale={locale} cityName={cityName} error={error} labelClass={labelClass} />
      ) : null}
    </>
  );
}

/** The search over the classification and what it found, each hit a button that picks it. */
function IndustrySearch({
  t,
  search,
  onSearch,
  hits,
  value,
  onPick,
  inputClass,
  labelClass,
}: Pick<Props, "t" | "value" | "inputClass" | "labelClass"> & {
  search: string;
  onSearch: (next: string) => void;
  hits: IndustryHit[];
  onPick: (hit: IndustryHit) => void;
}) {
  return (
    <div>
      <label htmlFor="f-industrySearch" className={labelClass}>
        {t("assess.industry.search")}
      </label>
      <input
        id="f-industrySearch"
        type="search"
        className={inputClass}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        aria-controls="industry-hits"
      />
      {search.trim() ? (
        <div id="industry-hits" className="mt-2" aria-live="polite">
          <p className="text-sm text-muted">{hits.length > 0 ? t("assess.industry.results") : t("assess.industry.noHits")}</p>
          <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto" data-testid="industry-hits">
            {hits.map((h) => (
              <li key={h.code}>
                <button
                  type="button"
                  onClick={() => onPick(h)}
                  aria-pressed={value.industrySubCode === h.code || (h.code.length === 2 && value.industryCode === h.code && !value.industrySubCode)}
                  className="w-full rounded-md border border-slate-300 px-3 py-2 text-left text-sm hover:border-brand aria-[pressed=true]:border-brand aria-[pressed=true]:bg-surface"
                >
                  <span className="font-mono">{h.code}</span> {h.zh}
                  {h.via ? <span className="text-muted">{t("assess.industry.via", { word: h.via })}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The 小类 (or, for 房地产, the 中类) of the chosen 大类; nothing until a 大类 is chosen. */
function IndustrySubCode({
  t,
  value,
  choose,
  realEstateGroups,
  field,
  error,
  inputClass,
  labelClass,
}: Pick<Props, "t" | "value" | "realEstateGroups" | "field" | "error" | "inputClass" | "labelClass"> & {
  choose: (industryCode: string, industrySubCode: string) => void;
}) {
  const classes = value.industryCode && value.industryCode !== "70" ? classesOf(value.industryCode) : [];
  if (value.industryCode === "70")
    return (
      <div>
        <label htmlFor="f-industrySubCode" className={labelClass}>
          {t("assess.field.industrySub")}
        </label>
        <select {...field("industrySubCode")} className={inputClass} value={value.industrySubCode} onChange={(e) => choose("70", e.target.value)}>
          <option value="">{t("assess.field.choose")}</option>
          {realEstateGroups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.code} {g.name}
            </option>
          ))}
        </select>
        {error("industrySubCode")}
      </div>
    );
  if (!value.industryCode) return null;
  return (
    <div>
      <label htmlFor="f-industrySubCode" className={labelClass}>
        {t("assess.industry.class")}
      </label>
      {divisionHasClasses(value.industryCode) ? (
        <select
          {...field("industrySubCode")}
          aria-describedby="h-industryClass"
          className={inputClass}
          value={value.industrySubCode}
          onChange={(e) => choose(value.industryCode, e.target.value)}
        >
          <option value="">{t("assess.industry.class.choose")}</option>
          {value.industrySubCode.length === 3 ? <option value={value.industrySubCode}>{value.industrySubCode}</option> : null}
          {classes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {c.zh}
            </option>
          ))}
        </select>
      ) : (
        <p className="mt-1 text-sm text-muted">{t("assess.industry.class.none")}</p>
      )}
      <p id="h-industryClass" className="mt-1 text-xs text-muted">
        {t("assess.industry.coverage")}
      </p>
      {error("industrySubCode")}
    </div>
  );
}

/** The city's pilot segments as a choice (and "none"), with the one the class suggests. */
function SegmentPicker({
  t,
  value,
  onChange,
  segments,
  locale,
  cityName,
  error,
  labelClass,
}: Pick<Props, "t" | "value" | "onChange" | "segments" | "locale" | "cityName" | "error" | "labelClass">) {
  const suggested = value.industrySubCode.length === 4 ? segmentsOfClass(segments, value.industrySubCode) : [];
  return (
    <fieldset data-testid="segment-picker">
      <legend className={labelClass}>{t("assess.segment.legend", { city: cityName })}</legend>
      <p className="text-sm text-muted">{t("assess.segment.lead", { city: cityName })}</p>
      {suggested[0] ? <p className="mt-1 text-sm">{t("assess.segment.suggested", { segment: segmentName(suggested[0], locale) })}</p> : null}
      <div className="mt-2 space-y-1">
        {[...segments, "none"].map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="industrySegment"
              value={s}
              checked={value.industrySegment === s}
              onChange={() => onChange({ ...value, industrySegment: s })}
              className="h-5 w-5"
            />
            {s === "none" ? t("assess.segment.none") : segmentName(s, locale)}
          </label>
        ))}
      </div>
      <p className="mt-1 text-xs text-muted">{t("assess.segment.basis")}</p>
      {error("industrySegment")}
    </fieldset>
  );
}
