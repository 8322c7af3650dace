/**
 * The explorer, built as a static site and served as any static host would, in Chromium: the
 * engine in the page's worker gives the coefficients `gfd expand` gives (three models, compared
 * as typeset TeX with `--format latex` and as data with `--format json`), the URL holds the model
 * and the face and reproduces the view, Cancel stops a long run within a second, and nothing is
 * logged as an error. A typed scaling (or face label) gives, order by order, the limit series of
 * `gfd limit --format json` (two models, two scalings each); a bad one is refused beside the field.
 * Screenshots and the measured times go to test-artifacts/browser/.
 */
import { execFile, spawn } from 'node:child_process';
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

/** model, link parameters, and the face the link selects (SYM ν = 2: its limit series to s = 12 give a ₂F₁ on A–B); the first also types a face label as its scaling */
const MODELS = [
  { nu: 3, scenario: 'asym', order: 4, limit: null, face: 'B-C', scaling: 'B-C' },
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

/** Typed scalings and the models they are tried on (the second with the leading-terms engine beyond S). */
const SCALINGS = [
  { nu: 3, scenario: 'asym', order: 3, limit: null, scaling: 'H = y*p^(4), sigma2 = z*p^(-2)' },
  { nu: 3, scenario: 'asym', order: 3, limit: null, scaling: 'H = y*p, sigma2 = z/p' },
  { nu: 2, scenario: 'sym', order: 3, limit: 6, scaling: 'H = y*p, sigma2 = z/p' },
  { nu: 2, scenario: 'sym', order: 3, limit: 6, scaling: 'H = y*p^(2), sigma2 = z*p^(-3/2)' },
] as const;

/** Milliseconds from the start of a process to its first byte on stdout, and to its exit. */
function firstOutput(args: string[]): Promise<{ firstMs: number; exitMs: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let firstMs = -1;
    const child = spawn(process.execPath, [GFD, ...args, '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => {
      if (firstMs < 0) firstMs = performance.now() - t0;
    });
    child.on('error', fail);
    child.on('close', () => done({ firstMs: Math.round(firstMs), exitMs: Math.round(performance.now() - t0) }));
  });
}

/** Set fields of the explorer's form by name. */
const fillForm = (page: Page, fields: Record<string, string>) =>
  page.evaluate((values) => {
    const f = document.getElementById('controls') as HTMLFormElement;
    for (const [name, value] of Object.entries(values)) (f.elements.namedItem(name) as HTMLInputElement).value = value;
  }, fields);

const waitFinished = (page: Page, timeout = 20_000) =>
  page.waitForFunction(() => ['done', 'error', 'cancelled'].includes(document.body.dataset.state ?? ''), { timeout });

describe.skipIf(chromiumPath === null)('the explorer in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const site = mkdtempSync(join(tmpdir(), 'gfd-site-'));
  const cli: { json: string; latex: string }[] = [];
  const cliLimits: string[] = [];
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
      ...SCALINGS.map((c) => gfd('limit', '--nu', String(c.nu), '--scenario', c.scenario, '--order', String(c.limit ?? c.order), '--scaling', c.scaling, '--format', 'json')),
    ]);
    browser = b;
    for (let i = 0; i < MODELS.length; i++) cli.push({ json: outputs[2 * i] as string, latex: outputs[2 * i + 1] as string });
    for (let i = 0; i < SCALINGS.length; i++) cliLimits.push(outputs[2 * MODELS.length + i] as string);
    server = await serveStatic(site);
    // the CLI's times for the first model, alone on the machine (process start included): to the
    // first Y_s and to the end (expand), to the first limit coefficient (limit)
    timings['ASYM nu=3 S=4: gfd expand --format text --threads 1 (first output, exit)'] = await firstOutput(['expand', '--nu', '3', '--scenario', 'asym', '--order', '4', '--format', 'text', '--threads', '1']);
    timings['ASYM nu=3 S=4: gfd limit --scaling (face B-C) --threads 1 (first output, exit)'] = await firstOutput(['limit', '--nu', '3', '--scenario', 'asym', '--order', '4', '--scaling', 'H = y*p^(4), sigma2 = z*p^(-2)', '--format', 'text', '--threads', '1']);
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
    const scaling = 'scaling' in m ? `&scaling=${encodeURIComponent(m.scaling)}` : '';
    await page.goto(`${server.url}?nu=${m.nu}&scenario=${m.scenario}&target=identity&order=${m.order}${limit}${scaling}&face=${face}`, { waitUntil: 'load' });
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
      limits: window.explorer.limits,
      faceLimits: Object.fromEntries((window.explorer.report?.regimes?.faces ?? []).map((f) => [f.face, f.limit?.series ?? null])),
      streamedRows: Object.fromEntries(Array.from(document.querySelectorAll<HTMLElement>('#limits .limit-block')).map((b) => [b.dataset.source, b.querySelectorAll('tbody tr').length])),
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
    // the limit series section: one block per face with a scaling, as in the regimes table, each with a row per order
    for (const [f, series] of Object.entries(state.faceLimits)) {
      if (series === null) continue;
      expect(state.limits[f]!.series).toEqual(series);
      expect(state.streamedRows[f]).toBe(series.length);
    }
    if ('scaling' in m) expect(state.limits.custom!.series).toEqual(state.faceLimits[m.scaling]);
    const firstLimit = Math.min(...Object.values(state.timing!.limits).map((t) => t[0]!));
    // level by level: the first limit coefficient arrives before the last Y_s
    expect(firstLimit).toBeLessThan(state.timing!.levels[m.order]!);
    timings[name] = {
      pageLoadMs: Math.round(loadMs),
      firstLevelMs: Math.round(state.timing!.levels[0]!),
      firstLimitMs: Math.round(firstLimit),
      levelsMs: state.timing!.levels.map(Math.round),
      doneMs: Math.round(state.timing!.done!),
    };
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
      expect(again).toEqual({ form: { nu: '3', scenario: 'asym', target: 'identity', order: '4', limit: '', scaling: 'B-C' }, selected: ['C-D'] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Cancel stops a long run within a second', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await fillForm(page, { nu: '3', scenario: 'asym', order: '7', scaling: 'H = y*p, sigma2 = z/p' });
    await page.click('#run');
    // wait until the run is inside level 5 (seconds of work, hours to the end)
    await page.waitForFunction(() => (window.explorer.timing?.levels.length ?? 0) >= 5, { timeout: 20_000 });
    const t0 = performance.now();
    await page.click('#cancel');
    await page.waitForFunction(() => document.body.dataset.state === 'cancelled', { timeout: 1000 });
    const stopMs = performance.now() - t0;
    const shown = () =>
      page.evaluate(() => [
        document.getElementById('status')!.textContent,
        (document.getElementById('progress') as HTMLProgressElement).value,
        document.querySelectorAll('table.series tbody tr').length,
        document.querySelectorAll('#limit-custom tbody tr').length,
      ]);
    const before = await shown();
    await new Promise((r) => setTimeout(r, 800));
    const after = await shown();
    expect(stopMs).toBeLessThan(1000);
    expect(after).toEqual(before); // nothing arrives from the cancelled run
    // what finished stays: every computed level, with its limit coefficient along the typed scaling
    expect(before[2]).toBeGreaterThanOrEqual(5);
    expect(before[3]).toBe(before[2]);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('order'))).toBe('7');
    timings.cancelMs = Math.round(stopMs);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-cancelled.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
  it.each(SCALINGS.map((c, i) => [`${c.scenario.toUpperCase()} nu=${c.nu} S=${c.order}${c.limit ? ` limit ${c.limit}` : ''}, ${c.scaling}`, i] as const))(
    'typed scaling %s: the limit series of gfd limit, order by order, kept in the URL',
    async (name, i) => {
      const c = SCALINGS[i]!;
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.setViewport({ width: 1400, height: 1000 });
      await page.goto(server.url, { waitUntil: 'load' });
      // choose the model and the limit order, type the scaling, run from the form
      await fillForm(page, { nu: String(c.nu), scenario: c.scenario, order: String(c.order), limit: c.limit === null ? '' : String(c.limit) });
      await page.click('input[name="scaling"]');
      await page.type('input[name="scaling"]', c.scaling);
      await page.click('#run');
      await waitFinished(page, 30_000);
      const state = await page.evaluate(() => ({
        state: document.body.dataset.state,
        status: document.getElementById('status')!.textContent,
        custom: window.explorer.limits.custom?.series,
        rows: document.querySelectorAll('#limit-custom tbody tr').length,
        arrived: window.explorer.timing!.limits.custom ?? [],
        levels: window.explorer.timing!.levels,
        done: window.explorer.timing!.done,
        search: location.search,
        error: document.getElementById('scaling-error')!.textContent,
      }));
      expect(state.state, state.status ?? '').toBe('done');
      const expected = JSON.parse(cliLimits[i]!).series;
      expect(state.custom).toEqual(expected);
      expect(state.rows).toBe(expected.length);
      expect(state.error).toBe('');
      // order by order: each coefficient arrived with its level, before the run ended (no later
      // than the next level's start: the browser's coarsened clock can give both one timestamp)
      expect(state.arrived).toHaveLength(expected.length);
      for (let s = 0; s < c.order; s++) expect(state.arrived[s]!).toBeLessThanOrEqual(state.levels[s + 1]!);
      expect(Math.max(...state.arrived)).toBeLessThanOrEqual(state.done!);
      if (i === 0 || i === 3) await page.screenshot({ path: join(ARTIFACTS, `explorer-scaling-${i}.png`), fullPage: true });
      // the URL holds the scaling; opening it gives the same form and the same series (checked once)
      const q = new URLSearchParams(state.search);
      expect(q.get('scaling')).toBe(c.scaling);
      expect(q.get('limit')).toBe(c.limit === null ? null : String(c.limit));
      if (i !== 1) {
        expect(errors).toEqual([]);
        await page.close();
        return;
      }
      await page.goto(page.url(), { waitUntil: 'load' });
      await waitFinished(page, 30_000);
      const again = await page.evaluate(() => ({ scaling: (document.querySelector('input[name="scaling"]') as HTMLInputElement).value, custom: window.explorer.limits.custom?.series }));
      expect(again).toEqual({ scaling: c.scaling, custom: expected });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a bad scaling is refused beside the field and nothing runs', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.type('input[name="scaling"]', 'H = y*q, sigma2 = z');
    const bad = await page.evaluate(() => ({
      error: document.getElementById('scaling-error')!.textContent,
      invalid: document.querySelector('input[name="scaling"]')!.getAttribute('aria-invalid'),
    }));
    expect(bad.error).toMatch(/^expected "y\*p\^\(a\)"/);
    expect(bad.invalid).toBe('true');
    await page.click('#run');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => [document.body.dataset.state, location.search])).toEqual(['idle', '']);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-scaling-error.png') });
    // corrected, the message goes
    await page.click('input[name="scaling"]', { count: 3 });
    await page.type('input[name="scaling"]', 'A-B');
    expect(await page.evaluate(() => [document.getElementById('scaling-error')!.textContent, document.querySelector('input[name="scaling"]')!.getAttribute('aria-invalid')])).toEqual(['', 'false']);
    // a link with a bad scaling does not run either
    await page.goto(`${server.url}?nu=2&scenario=sym&order=2&scaling=${encodeURIComponent('H = 2')}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => [document.body.dataset.state, document.getElementById('scaling-error')!.textContent !== ''])).toEqual(['idle', true]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
