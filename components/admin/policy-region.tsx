"use client";

import { useEffect, useState } from "react";
import type { Division } from "@/lib/enterprise/regions";
import type { ClientT } from "@/lib/i18n/format";
import { regions } from "../client/api";
import { CheckGroup, SelectInput } from "./form-parts";

type Region = { province: string; cities: string[]; districts: string[] };

/**
 * Where a policy applies: a province (or the whole country), then any of its cities (none = the whole
 * province), then districts of the chosen cities (none = the whole cities). GB/T 2260 lists from /api/regions.
 */
export function RegionFields({ value, onChange, provinces, t }: { value: Region; onChange: (v: Region) => void; provinces: readonly Division[]; t: ClientT }) {
  const [cities, setCities] = useState<Division[]>([]);
  const [districts, setDistricts] = useState<Division[]>([]);
  const cityKey = value.cities.join(",");

  useEffect(() => {
    if (!value.province) return setCities([]);
    const controller = new AbortController();
    void regions.cities(value.province, controller.signal).then((r) => r.ok && setCities(r.data.divisions));
    return () => controller.abort();
  }, [value.province]);

  useEffect(() => {
    const codes = cityKey ? cityKey.split(",") : [];
    // Districts are offered for a few cities at most: a policy naming districts names them in one city or two.
    if (codes.length === 0 || codes.length > 3) return setDistricts([]);
    const controller = new AbortController();
    void Promise.all(codes.map((c) => regions.districts(c, controller.signal))).then((rs) => setDistricts(rs.flatMap((r) => (r.ok ? r.data.divisions : []))));
    return () => controller.abort();
  }, [cityKey]);

  // A code not (yet) in the lists stays chosen and visible, so that loading never drops a choice.
  const withChosen = (list: readonly Division[], chosen: string[]) => [
    ...list.map((d) => ({ value: d.code, label: d.name })),
    ...chosen.filter((c) => !list.some((d) => d.code === c)).map((c) => ({ value: c, label: c })),
  ];

  return (
    <div className="space-y-3">
      <SelectInput
        label={t("ws.pf.province")}
        slot="region.value.provinceCode"
        value={value.province}
        onChange={(province) => onChange({ province, cities: [], districts: [] })}
        options={[{ value: "", label: t("ws.pf.national") }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
      />
      {value.province ? (
        <CheckGroup
          legend={t("ws.pf.cities")}
          slot="region.value.cityCodes"
          value={value.cities}
          onChange={(next) => onChange({ ...value, cities: next, districts: value.districts.filter((d) => next.includes(d.slice(0, 4))) })}
          options={withChosen(cities, value.cities)}
        />
      ) : null}
      {value.cities.length > 0 && (districts.length > 0 || value.districts.length > 0) ? (
        <CheckGroup
          legend={t("ws.pf.districts")}
          slot="region.value.districtCodes"
          value={value.districts}
          onChange={(next) => onChange({ ...value, districts: next })}
          options={withChosen(districts, value.districts)}
        />
      ) : null}
    </div>
  );
}
