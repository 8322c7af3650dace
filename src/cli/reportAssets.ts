/**
 * What `gfd report` inlines into its page: KaTeX's stylesheet with each font as a base64 woff2
 * data URI (the woff and ttf alternatives dropped; every browser that renders the page reads
 * woff2), so that the page needs no other file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

let cached: string | null = null;

export function katexInlineCss(): string {
  if (cached !== null) return cached;
  const cssPath = require.resolve('katex/dist/katex.min.css');
  const dir = dirname(cssPath);
  const css = readFileSync(cssPath, 'utf8').replace(/src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[a-z]+"\))*/g, (_m, file: string) => {
    const data = readFileSync(join(dir, file)).toString('base64');
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  });
  if (/url\(fonts\//.test(css)) throw new Error('katex stylesheet: a font reference was not inlined');
  cached = css;
  return css;
}
