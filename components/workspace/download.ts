"use client";

/** Fetches a file (with our access headers) and hands it to the browser as a download. */
export async function downloadFile(url: string, fileName: string, headers: Record<string, string> = {}): Promise<boolean> {
  const response = await fetch(url, { headers });
  if (!response.ok) return false;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return true;
}
