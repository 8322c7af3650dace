/**
 * `gfd report` opened in Chromium from file://, offline: no console errors, nothing fetched but
 * the page itself, every formula typeset by KaTeX (no raw TeX in the visible text), the formula
 * shown for each Y_s equal to `gfd expand --format latex` and the page's data equal to
 * `gfd expand --format json` and `gfd regimes --format json`, for three models; a regime row
 * shows its face. Screenshots are saved to test-artifacts/browser/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumPath, collectErrors, launch, ROOT } from './chromium.js';

const run = promisify(execFile);
const GFD = join(ROOT, 'bin', 'gfd');
const gfd = async (...args: string[]) => (await run(process.execPath, [GFD, ...args, '--quiet'], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout;

const MODELS = [
  { nu: 2, scenario: 'sym', order: 4 },
  { nu: 2, scenario: 'asym', order: 3 },
  { nu: 3, scenario: 'asym', order: 3 },
] as const;

/** The rows of `gfd expand --format latex` for each s (a row starting `Y_{s} &=` opens coefficient s). */
function latexRowsByS(latex: string): string[] {
  const body = latex.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('%') && !l.startsWith('\\begin') && !l.startsWith('\\end'));
  const out: string[][] = [];
  for (const line of body) {
    const row = line.replace(/\s*\\\\$/, '');
    if (/^Y_\{\d+\} &=/.test(row)) out.push([row]);
    else out[out.length - 1]!.push(row);
  }
  return out.map((rows) => rows.join(' \\\\ '));
}

describe.skipIf(chromiumPath === null)('gfd report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'gfd-report-browser-'));
  const cli: { html: string; json: string; latex: string; regimes: string }[] = [];

  beforeAll(async () => {
    const [b, ...outputs] = await Promise.all([
      launch(),
      ...MODELS.flatMap((m) => {
        const model = ['--nu', String(m.nu), '--scenario', m.scenario];
        const html = join(dir, `report-${m.scenario}-${m.nu}.html`);
        return [
          gfd('report', ...model, '--order', String(m.order), '--out', html).then(() => html),
          gfd('expand', ...model, '--order', String(m.order), '--format', 'json'),
          gfd('expand', ...model, '--order', String(m.order), '--format', 'latex'),
          gfd('regimes', ...model, '--order', String(m.order), '--format', 'json'),
        ];
      }),
    ]);
    browser = b;
    for (let i = 0; i < MODELS.length; i++) {
      const [html, json, latex, regimes] = outputs.slice(4 * i, 4 * i + 4);
      cli.push({ html: html!, json: json!, latex: latex!, regimes: regimes! });
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(MODELS.map((m, i) => [`${m.scenario.toUpperCase()} nu=${m.nu} S=${m.order}`, i] as const))('%s: offline, typeset, equal to the CLI', async (name, i) => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) fetched.push(r.url());
    });
    await page.setViewport({ width: 1400, height: 1000 });
    const url = pathToFileURL(cli[i]!.html).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    const state = await page.evaluate(() => {
      const visible = document.body.innerText;
      const mathml = Array.from(document.querySelectorAll('.katex-mathml')).map((e) => e.textContent ?? '').join('');
      return {
        katex: document.querySelectorAll('.katex').length,
        errors: document.querySelectorAll('.katex-error, code.tex-error').length,
        // the visible text with KaTeX's hidden MathML copy taken out
        rawTex: /\\(frac|sigma|left|bigl|quad|begin)\b/.test(visible.replace(mathml, '')) || /\\(frac|sigma|begin)\b/.test(Array.from(document.querySelectorAll('.katex-html')).map((e) => (e as HTMLElement).innerText).join(' ')),
        fontOk: document.fonts.check('16px KaTeX_Main') && Array.from(document.fonts).some((f) => f.family.includes('KaTeX') && f.status === 'loaded'),
        shownTex: Array.from(document.querySelectorAll('table.series tbody tr')).map(
          (tr) => tr.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '',
        ),
        data: JSON.parse(document.getElementById('gfd-report')!.textContent),
        faces: Array.from(document.querySelectorAll('tr.face-row')).map((r) => r.getAttribute('data-face')),
        panels: document.querySelectorAll('figure.panel svg').length,
        verdicts: Array.from(document.querySelectorAll('figure.panel .verdict')).map((v) => v.textContent),
      };
    });
    expect(errors).toEqual([]);
    expect(fetched).toEqual([url]);
    expect(state.katex).toBeGreaterThan(10);
    expect(state.errors).toBe(0);
    expect(state.rawTex).toBe(false);
    expect(state.fontOk).toBe(true);

    // the coefficients: page data = gfd expand --format json; formula shown = gfd expand --format latex
    const expand = JSON.parse(cli[i]!.json);
    expect(state.data.models[0].series).toEqual(expand.series);
    expect(state.data.models[0].diagramClasses).toEqual(expand.diagramClasses);
    const rows = latexRowsByS(cli[i]!.latex);
    expect(state.shownTex.map((t: string) => t.replace(/^\\begin\{aligned\}|\\end\{aligned\}$/g, '').trim())).toEqual(rows);

    // polygons: one panel per s including s = 0, each with a verdict; regimes as gfd regimes
    expect(state.panels).toBe(MODELS[i]!.order + 1);
    expect(state.verdicts.every((v: string | null) => /agree/.test(v ?? ''))).toBe(true);
    const regimes = JSON.parse(cli[i]!.regimes);
    expect(state.faces).toEqual(regimes.faces.map((f: { face: string }) => f.face));

    await page.screenshot({ path: join(ARTIFACTS, `report-${name.replace(/[^A-Za-z0-9]+/g, '-')}.png`), fullPage: true });

    // a regime row shows its face; the copy button answers
    const last = state.faces[state.faces.length - 1];
    await page.click(`tr.face-row[data-face="${last}"]`);
    const shown = await page.$$eval('.face-detail', (ds) => ds.filter((d) => !(d as HTMLElement).hidden).map((d) => d.getAttribute('data-face')));
    expect(shown).toEqual([last]);
    const detail = await page.$(`.face-detail[data-face="${last}"]`);
    await detail!.screenshot({ path: join(ARTIFACTS, `report-${name.replace(/[^A-Za-z0-9]+/g, '-')}-face.png`) });
    // the copy button hands the clipboard the row's align* block (the clipboard itself is stubbed:
    // a headless page from file:// may not write to it)
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => Promise.resolve(void w.copied.push(t)) }, configurable: true });
    });
    await page.click('table.series tbody tr:nth-child(2) button.copy');
    await page.waitForFunction(() => document.querySelector('table.series tbody tr:nth-child(2) button.copy')!.textContent === 'Copied', { timeout: 2000 });
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toEqual([`\\begin{align*}\n${rows[1]!.split(' \\\\ ').join(' \\\\\n')}\n\\end{align*}`]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
