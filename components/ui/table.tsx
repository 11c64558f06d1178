import type { HTMLAttributes, ReactNode, ThHTMLAttributes } from "react";

/**
 * The one data table: a caption (for screen readers unless shown), column headers, rows of a row
 * header and cells. Spacing is set once here, for every cell. Works in server and client components.
 */
export interface TableProps {
  head: ReactNode[];
  caption?: ReactNode;
  /** Show the caption above the table (by default it is for screen readers only). */
  captionClassName?: string;
  /** "compact" rows for figures beside a chart, "normal" for lists of things. */
  density?: "compact" | "normal";
  /** Space between columns (lists of firms, members…); off for narrow figure tables. */
  gutter?: boolean;
  /** Right-align every column but the first (money, counts). */
  numeric?: boolean;
  /** Extra classes on the table, e.g. a margin. */
  className?: string;
  headRowClassName?: string;
  testId?: string;
  children: ReactNode;
}

export function Table({
  head,
  caption,
  captionClassName = "sr-only",
  density = "normal",
  gutter = true,
  numeric = false,
  className = "",
  headRowClassName = "border-b border-slate-300",
  testId,
  children,
}: TableProps) {
  const cells = [
    density === "compact" ? "[&_td]:py-1 [&_th]:py-1" : "[&_td]:py-2 [&_th]:py-2",
    gutter ? "[&_td]:pr-4 [&_th]:pr-4" : "",
    numeric ? "[&_td]:text-right [&_thead_th+th]:text-right" : "",
    // A narrow phone column must not break a header a character a line: Chinese headers break only
    // at spaces and punctuation (a long header still wraps there).
    "[&_thead_th]:[word-break:keep-all]",
  ].join(" ");
  return (
    <table className={`w-full border-collapse text-left text-sm ${cells} ${className}`.trim()} data-testid={testId}>
      {caption ? <caption className={captionClassName}>{caption}</caption> : null}
      <thead>
        <tr className={headRowClassName}>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function Row({ className = "", ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...rest} className={`border-b border-slate-100 ${className}`.trim()} />;
}

/** The first cell of a row, naming it. */
export function RowHead({ className = "font-normal", ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" {...rest} className={className} />;
}
