"use client";

import { useEffect, useMemo, useState } from "react";
import type { ClientT } from "@/lib/i18n/format";
import type { Division } from "@/lib/enterprise/regions";
import { assessmentApi, regions, type AssessmentApi, type Locale } from "./api";
import type { ApiError } from "./http";
import { dropFragment, readToken } from "./token-store";

/**
 * One assessment as this browser may reach it: the resume token (from the link, then this device;
 * "" when there is none and the session cookie decides; null until read) and its typed calls.
 */
export function useAssessment(id: string, locale: Locale): { token: string | null; api: AssessmentApi | null } {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    const found = readToken(id) ?? "";
    if (window.location.hash) dropFragment();
    setToken(found);
  }, [id]);
  const api = useMemo(() => (token === null ? null : assessmentApi(id, locale, token)), [id, locale, token]);
  return { token, api };
}

/** Why an assessment's screen did not load, and whether signing in would help (and where to come back). */
export interface LoadFailure {
  message: string;
  signIn: boolean;
  returnTo: string;
}

/** The failure a screen shows when its assessment does not load (only ever in the browser, after a call). */
export function loadFailure(t: ClientT, token: string | null, error: ApiError): LoadFailure {
  const signIn = !token && error.status === 401;
  return {
    message: signIn ? t("assess.load.noToken") : t("assess.load.error", { message: error.message }),
    signIn,
    returnTo: window.location.pathname + window.location.search,
  };
}

/**
 * Cities of the chosen province and districts of the chosen city, loaded as they are chosen, named in
 * `lang` when given (an embed has no language cookie); a list never shows the previous choice's.
 */
export function useDivisions(provinceCode: string, cityCode: string, lang?: Locale): { cities: Division[]; districts: Division[] } {
  const [cities, setCities] = useState<Division[]>([]);
  const [districts, setDistricts] = useState<Division[]>([]);
  useEffect(() => {
    setCities([]);
    setDistricts([]);
    if (!provinceCode) return;
    const controller = new AbortController();
    void regions.cities(provinceCode, controller.signal, lang).then((r) => r.ok && setCities(r.data.divisions));
    return () => controller.abort();
  }, [provinceCode, lang]);
  useEffect(() => {
    setDistricts([]);
    if (!cityCode) return;
    const controller = new AbortController();
    void regions.districts(cityCode, controller.signal, lang).then((r) => r.ok && setDistricts(r.data.divisions));
    return () => controller.abort();
  }, [cityCode, lang]);
  return { cities, districts };
}

/**
 * False in the server's HTML, true once React runs the page: a button that needs the page's code stays
 * disabled until then, so a tap on a slow phone is not lost (or sent as a plain form) meanwhile.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
