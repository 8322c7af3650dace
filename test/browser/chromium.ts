/**
 * The browser the browser tests drive: a Chromium installed on the machine (Debian's `chromium`,
 * or the binary named by GFD_CHROMIUM), through puppeteer-core, which downloads nothing. Without
 * one the browser tests are skipped. Screenshots go to test-artifacts/browser/ (not tracked).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');

function findChromium(): string | null {
  const given = process.env.GFD_CHROMIUM;
  if (given) return existsSync(given) ? given : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

export const chromiumPath: string | null = findChromium();

export async function launch(): Promise<Browser> {
  const puppeteer = await import('puppeteer-core');
  mkdirSync(ARTIFACTS, { recursive: true });
  return puppeteer.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
}

/** Console errors, uncaught exceptions and failed requests of a page, collected as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${(e as Error).message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}
