import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { testEnv } from "../support/test-env";

/** Flags that keep Debian's Chromium off the (closed) network and working as root. */
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The model name the browser tests' server is configured with (a scripted fake on loopback). */
export const E2E_MODEL = "fake-e2e-model";

export const ARTIFACTS = path.join(testEnv.TEST_RESULTS_DIR, "e2e");

export function browserAvailable(): boolean {
  return inject("chromiumPath") !== "";
}

export function baseUrl(): string {
  return inject("baseURL");
}

export function demoPortalUrl(host: "localhost" | "127.0.0.1" = "localhost"): string {
  return `http://${host}:${inject("demoPortalPort")}`;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), headless: true, args: ARGS });
}

/** One browser for the test file's tests: launched before them, closed after. */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
}

/**
 * A full-page screenshot of where a journey stands, for a person to look at, when E2E_SCREENSHOTS is
 * set: each took up to 1.3 s of Chromium's time, about 20 s of every run, for pictures no test reads.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!testEnv.E2E_SCREENSHOTS) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Empty when Chromium is missing (outside CI): browser tests then skip. */
    chromiumPath: string;
    baseURL: string;
    /** The demo city portal's port (serves on localhost; 127.0.0.1 is a different, not-allowed origin). */
    demoPortalPort: number;
  }
}
