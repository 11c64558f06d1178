"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PatchAssessmentRequest } from "@/lib/assessments/schemas";
import type { AssessmentApi } from "../client/api";
import { emptyPending, isEmpty, settle, writePending, type Pending } from "./draft-store";
import type { DraftWarning } from "./questionnaire";

export type SaveState = "saved" | "saving" | "offline" | "failed";

const DEBOUNCE_MS = 600;

function patchBody(sent: Pending): PatchAssessmentRequest {
  const body: Record<string, unknown> = {};
  if (Object.keys(sent.answers).length) body.answers = sent.answers;
  if (Object.keys(sent.evidence).length) body.evidence = sent.evidence;
  if (Object.keys(sent.timings).length) body.timings = Object.fromEntries(Object.entries(sent.timings).map(([k, v]) => [k, Math.round(v)]));
  if (sent.currentStep) body.currentStep = sent.currentStep;
  return body as PatchAssessmentRequest;
}

/**
 * Saves the draft as the firm goes: changes wait in `pending` (and on the device), go out after a
 * short pause, on leaving the page and when the network returns; failures retry with back-off.
 * `api` is null until the resume token is known.
 */
export function useAutosave(id: string, api: AssessmentApi | null, onWarnings: (warnings: DraftWarning[]) => void) {
  const [save, setSave] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<Pending>(emptyPending());
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(2000);
  const warned = useRef(onWarnings);
  warned.current = onWarnings;

  const flush = useCallback(async (): Promise<boolean> => {
    if (api === null || inFlight.current) return false;
    if (isEmpty(pending.current)) {
      setSave("saved");
      return true;
    }
    const sent: Pending = JSON.parse(JSON.stringify(pending.current)) as Pending;
    inFlight.current = true;
    setSave("saving");
    const response = await api.patch(patchBody(sent));
    inFlight.current = false;
    if (response.ok) {
      if (response.data.warnings) warned.current(response.data.warnings);
      pending.current = settle(pending.current, sent);
      writePending(id, pending.current);
      retryDelay.current = 2000;
      setSave(isEmpty(pending.current) ? "saved" : "saving");
      setSaveError(null);
      if (!isEmpty(pending.current)) void flush();
      return true;
    }
    if (response.status > 0 && response.status < 500) {
      // Rejected by the server: keep the local copy and say why; nothing already saved is touched.
      setSave("failed");
      setSaveError(response.error.message);
      return false;
    }
    setSave("offline");
    const delay = retryDelay.current;
    retryDelay.current = Math.min(30_000, delay * 2);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
    return false;
  }, [id, api]);

  const schedule = useCallback(() => {
    writePending(id, pending.current);
    setSave("saving");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush, id]);

  // Unsaved local changes from an earlier visit go out as soon as the token is known.
  useEffect(() => {
    if (api !== null && !isEmpty(pending.current)) void flush();
  }, [api, flush]);

  useEffect(() => {
    const online = () => void flush();
    const hide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hide);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hide);
    };
  }, [flush]);

  return { save, saveError, flush, schedule, pending };
}
