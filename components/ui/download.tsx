"use client";

import type { ReactNode } from "react";

/** A file of ours offered as a link-styled button; `save` fetches it (see ../client/download) and hands it to the browser. */
export function DownloadLink({ save, children }: { save: () => Promise<unknown>; children: ReactNode }) {
  return (
    <button type="button" className="text-brand underline" onClick={() => void save()}>
      {children}
    </button>
  );
}
