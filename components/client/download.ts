"use client";

import { accessHeaders } from "./http";

export interface DownloadOptions {
  token?: string | null;
  /** The name to save under; without it the server's `filename*` is used, else `fallbackName`. */
  fileName?: string;
  fallbackName?: string;
}

/** Fetches a file (with our access headers) and hands it to the browser as a download; status 0: no answer. */
export async function download(url: string, options: DownloadOptions = {}): Promise<{ ok: boolean; status: number }> {
  try {
    const response = await fetch(url, { headers: accessHeaders(options.token) });
    if (!response.ok) return { ok: false, status: response.status };
    const served = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("content-disposition") ?? "")?.[1];
    const href = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = href;
    a.download = options.fileName ?? (served ? decodeURIComponent(served) : (options.fallbackName ?? "download"));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return { ok: true, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
