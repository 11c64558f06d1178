"use client";

/**
 * The resume tokens this device keeps, one per assessment (opened or started here). The key must
 * not stay in the address bar (screenshots, shoulder-surfing): a `#k=` fragment is moved here.
 */

const PREFIX = "shuzhen:token:";

/** localStorage, or null in private mode or when storage is blocked: the server copy still works. */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function dropFragment(): void {
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
}

export function saveToken(id: string, token: string): void {
  deviceStorage()?.setItem(PREFIX + id, token);
}

/** The token from the link's fragment (kept from now on), else the one this device kept. */
export function readToken(id: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("k");
  if (fromHash) {
    saveToken(id, fromHash);
    return fromHash;
  }
  return deviceStorage()?.getItem(PREFIX + id) ?? null;
}

/** Every assessment whose resume key this device keeps. */
export function storedTokens(): { id: string; token: string }[] {
  const store = deviceStorage();
  if (!store) return [];
  const out: { id: string; token: string }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i) ?? "";
    const id = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : null;
    const token = id ? store.getItem(key) : null;
    if (id && token) out.push({ id, token });
  }
  return out;
}
