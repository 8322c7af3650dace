/**
 * The explorer, built as a static site and served as any static host would, in Chromium: the
 * engine in the page's worker gives the coefficients `gfd expand` gives (three models, compared
 * as typeset TeX with `--format latex` and as data with `--format json`), the URL holds the model
 * and the face and reproduces the view, Cancel stops a long run within a second, and nothing is
 * logged as an error. Screenshots and the measured times go to test-artifacts/browser/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumPath, collectErrors, launch, ROOT } from './chromium.js';
import { serveStatic } from './staticServer.js';

const run = promisify(execFile);
const GFD = join(ROOT, 'bin', 'gfd');
const gfd = async (...args: string[]) => (await run(process.execPath, [GFD, ...args, '--quiet'], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout;

/** model, link parameters, and the face the link selects (SYM ν = 2: its limit series to s = 12 give a ₂F₁ on A–B) */
const MODELS = [
  { nu: 3, scenario: 'asym', order: 4, limit: null, face: 'B-C' },
  { nu: 2, scenario: 'sym', order: 4, limit: 12, face: 'A-B' },
  { nu: 2, scenario: 'asym', order: 3, limit: null, face: 'B-C' },
] as const;

/** The rows of `gfd expand --format latex` for each s, joined as the page's aligned block. */
function latexRowsByS(latex: string): string[] {
  const out: string[][] = [];
  for (const line of latex.split('\n')) {
    if (line.trim() === '' || line.startsWith('%') || line.startsWith('\\begin') || line.startsWith('\\end')) continue;
    const row = line.replace(/\s*\\\\$/, '');
    if (/^Y_\{\d+\} &=/.test(row)) out.push([row]);
    else out[out.length - 1]!.push(row);
  }
  return out.map((rows) => rows.join(' \\\\ '));
}

const waitFinished = (page: Page, timeout = 20_000) =>
  page.waitForFunction(() => ['done', 'error', 'cancelled'].includes(document.body.dataset.state ?? ''), { timeout });

describe.skipIf(chromiumPath === null)('the explorer in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const site = mkdtempSync(join(tmpdir(), 'gfd-site-'));
  const cli: { json: string; latex: string }[] = [];
  let cliSeconds = 0;
  const timings: Record<string, unknown> = {};

  beforeAll(async () => {
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const [b, , ...outputs] = await Promise.all([
      launch(),
      run(process.execPath, [vite, 'build', '--config', join(ROOT, 'explorer', 'vite.config.ts'), '--outDir', site, '--logLevel', 'error'], { cwd: ROOT }),
      ...MODELS.flatMap((m) => {
        const model = ['--nu', String(m.nu), '--scenario', m.scenario, '--order', String(m.order)];
        return [gfd('expand', ...model, '--format', 'json'), gfd('expand', ...model, '--format', 'latex')];
      }),
    ]);
    browser = b;
    for (let i = 0; i < MODELS.length; i++) cli.push({ json: outputs[2 * i] as string, latex: outputs[2 * i + 1] as string });
    server = await serveStatic(site);
    // the CLI's time for the first model, alone on the machine (process start included)
    const t0 = performance.now();
    await gfd('expand', '--nu', '3', '--scenario', 'asym', '--order', '4', '--threads', '1');
    cliSeconds = (performance.now() - t0) / 1000;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
    writeFileSync(join(ARTIFACTS, 'explorer-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });

  it.each(MODELS.map((m, i) => [`${m.scenario.toUpperCase()} nu=${m.nu} S=${m.order}`, i] as const))('%s: a link computes the coefficients of gfd expand and selects its face', async (name, i) => {
    const m = MODELS[i]!;
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.setViewport({ width: 1400, height: 1000 });
    const face = m.face;
    const t0 = performance.now();
    const limit = m.limit === null ? '' : `&limit=${m.limit}`;
    await page.goto(`${server.url}?nu=${m.nu}&scenario=${m.scenario}&target=identity&order=${m.order}${limit}&face=${face}`, { waitUntil: 'load' });
    const loadMs = performance.now() - t0;
    await waitFinished(page);
    const state = await page.evaluate(() => ({
      state: document.body.dataset.state,
      status: document.getElementById('status')!.textContent,
      timing: window.explorer.timing,
      series: window.explorer.report?.series,
      shownTex: Array.from(document.querySelectorAll('table.series tbody tr')).map((tr) => tr.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? ''),
      selected: Array.from(document.querySelectorAll('tr.face-row[aria-selected="true"]')).map((r) => r.getAttribute('data-face')),
      shownFace: Array.from(document.querySelectorAll('.face-detail')).filter((d) => !(d as HTMLElement).hidden).map((d) => d.getAttribute('data-face')),
      panels: document.querySelectorAll('figure.panel svg').length,
      katexErrors: document.querySelectorAll('.katex-error, code.tex-error').length,
      rawTex: /\\(frac|sigma|begin)\b/.test(Array.from(document.querySelectorAll('.katex-html')).map((e) => (e as HTMLElement).innerText).join(' ')),
      search: location.search,
      detail: document.querySelector<HTMLElement>('.face-detail:not([hidden])')?.innerText ?? '',
      limitRows: document.querySelectorAll('.face-detail:not([hidden]) table.limit tbody tr').length,
    }));
    expect(state.state, state.status ?? '').toBe('done');
    expect(state.series).toEqual(JSON.parse(cli[i]!.json).series);
    expect(state.shownTex.map((t) => t.replace(/^\\begin\{aligned\}|\\end\{aligned\}$/g, '').trim())).toEqual(latexRowsByS(cli[i]!.latex));
    expect(state.panels).toBe(m.order + 1);
    expect(state.katexErrors).toBe(0);
    expect(state.rawTex).toBe(false);
    // the URL state round-trips: the link's face is selected and kept in the URL
    expect(state.selected).toEqual([face]);
    expect(state.shownFace).toEqual([face]);
    expect(new URLSearchParams(state.search).get('face')).toBe(face);
    expect(state.limitRows).toBe((m.limit ?? m.order) + 1);
    if (m.limit !== null) expect(state.detail).toMatch(/Closed form at .* \(hypergeometric\).*Taylor coefficients equal/s);
    timings[name] = { pageLoadMs: Math.round(loadMs), firstLevelMs: Math.round(state.timing!.levels[0]!), levelsMs: state.timing!.levels.map(Math.round), doneMs: Math.round(state.timing!.done!) };
    if (i === 0) timings[`${name}: gfd expand --threads 1 (process wall time)`] = { seconds: Number(cliSeconds.toFixed(2)) };
    await page.screenshot({ path: join(ARTIFACTS, `explorer-${name.replace(/[^A-Za-z0-9]+/g, '-')}.png`), fullPage: true });

    if (i === 0) {
      // choose another face, reload the URL: the same model and face come back
      await page.click('tr.face-row[data-face="C-D"]');
      const url = page.url();
      expect(new URLSearchParams(new URL(url).search).get('face')).toBe('C-D');
      await page.goto(url, { waitUntil: 'load' });
      await waitFinished(page);
      const again = await page.evaluate(() => ({
        form: Object.fromEntries(new FormData(document.getElementById('controls') as HTMLFormElement)),
        selected: Array.from(document.querySelectorAll('tr.face-row[aria-selected="true"]')).map((r) => r.getAttribute('data-face')),
      }));
      expect(again).toEqual({ form: { nu: '3', scenario: 'asym', target: 'identity', order: '4', limit: '' }, selected: ['C-D'] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Cancel stops a long run within a second', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const f = document.getElementById('controls') as HTMLFormElement;
      (f.elements.namedItem('nu') as HTMLInputElement).value = '3';
      (f.elements.namedItem('scenario') as HTMLSelectElement).value = 'asym';
      (f.elements.namedItem('order') as HTMLInputElement).value = '7';
    });
    await page.click('#run');
    // wait until the run is inside level 5 (seconds of work, hours to the end)
    await page.waitForFunction(() => (window.explorer.timing?.levels.length ?? 0) >= 5, { timeout: 20_000 });
    const t0 = performance.now();
    await page.click('#cancel');
    await page.waitForFunction(() => document.body.dataset.state === 'cancelled', { timeout: 1000 });
    const stopMs = performance.now() - t0;
    const before = await page.evaluate(() => [document.getElementById('status')!.textContent, (document.getElementById('progress') as HTMLProgressElement).value]);
    await new Promise((r) => setTimeout(r, 800));
    const after = await page.evaluate(() => [document.getElementById('status')!.textContent, (document.getElementById('progress') as HTMLProgressElement).value]);
    expect(stopMs).toBeLessThan(1000);
    expect(after).toEqual(before); // nothing arrives from the cancelled run
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('order'))).toBe('7');
    timings.cancelMs = Math.round(stopMs);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-cancelled.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
