"use client";

import { createContext, useContext, type ReactNode } from "react";
import { inputClass, labelClass } from "../ui/field";
import { errorId, type SlotIssues } from "./form-issues";

/**
 * Small accessible inputs for the catalogue forms: each labelled, and described by the server's error
 * for its slot (shown beside it, in the reader's language) through aria-describedby.
 */

export const FormErrors = createContext<{ formId: string; issues: SlotIssues; clear: (slot: string) => void }>({
  formId: "form",
  issues: {},
  clear: () => {},
});

/** A change handler that also drops the slot's error: once the officer edits the field, it no longer applies. */
function useClearing<T>(slot: string, onChange: (v: T) => void): (v: T) => void {
  const { clear } = useContext(FormErrors);
  return (v) => {
    clear(slot);
    onChange(v);
  };
}

/** Props linking an input to its slot's error, when there is one. */
export function useSlot(slot: string): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const { formId, issues } = useContext(FormErrors);
  return issues[slot]?.length ? { "aria-invalid": true, "aria-describedby": errorId(formId, slot) } : {};
}

export function SlotError({ slot }: { slot: string }) {
  const { formId, issues } = useContext(FormErrors);
  const messages = issues[slot];
  if (!messages?.length) return null;
  return (
    <p id={errorId(formId, slot)} className="mt-1 text-sm text-red-700" data-testid={`error-${slot}`}>
      {messages.join("；")}
    </p>
  );
}

export function TextInput({
  label,
  slot,
  value,
  onChange,
  type = "text",
  hint,
  ...rest
}: {
  label: string;
  slot: string;
  value: string;
  onChange: (v: string) => void;
  type?: "text" | "date" | "number" | "url";
  hint?: string;
  inputMode?: "decimal" | "numeric";
  step?: string;
}) {
  const a11y = useSlot(slot);
  const change = useClearing(slot, onChange);
  return (
    <div>
      <label className={labelClass}>
        {label}
        {hint ? <span className="ml-1 font-normal text-muted">{hint}</span> : null}
        <input type={type} value={value} onChange={(e) => change(e.target.value)} className={inputClass} {...a11y} {...rest} />
      </label>
      <SlotError slot={slot} />
    </div>
  );
}

export function TextArea({
  label,
  slot,
  value,
  onChange,
  hint,
  rows = 3,
}: {
  label: string;
  slot: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  rows?: number;
}) {
  const a11y = useSlot(slot);
  const change = useClearing(slot, onChange);
  return (
    <div>
      <label className={labelClass}>
        {label}
        {hint ? <span className="ml-1 font-normal text-muted">{hint}</span> : null}
        <textarea value={value} onChange={(e) => change(e.target.value)} rows={rows} className={inputClass} {...a11y} />
      </label>
      <SlotError slot={slot} />
    </div>
  );
}

export function SelectInput({
  label,
  slot,
  value,
  onChange,
  options,
}: {
  label: string;
  slot: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  const a11y = useSlot(slot);
  const change = useClearing(slot, onChange);
  return (
    <div>
      <label className={labelClass}>
        {label}
        <select value={value} onChange={(e) => change(e.target.value)} className={inputClass} {...a11y}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <SlotError slot={slot} />
    </div>
  );
}

/** Checkboxes in a fieldset; the chosen values in the options' order. */
/** For a fieldset: described by its error (aria-invalid belongs to the inputs, not to a group). */
export function useGroupSlot(slot: string): { "aria-describedby"?: string } {
  const { "aria-describedby": describedBy } = useSlot(slot);
  return describedBy ? { "aria-describedby": describedBy } : {};
}

export function CheckGroup({
  legend,
  slot,
  value,
  onChange,
  options,
  children,
}: {
  legend: string;
  slot: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  options: readonly { value: string; label: string }[];
  children?: ReactNode;
}) {
  const a11y = useGroupSlot(slot);
  const change = useClearing(slot, onChange);
  const toggle = (v: string, on: boolean) => change(options.map((o) => o.value).filter((o) => (o === v ? on : value.includes(o))));
  return (
    <fieldset {...a11y}>
      <legend className={labelClass}>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      {children}
      <SlotError slot={slot} />
    </fieldset>
  );
}
