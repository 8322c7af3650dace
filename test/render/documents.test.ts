import { describe, expect, it } from 'vitest';
import { expandLoss, lossPowerClasses, observableSeries } from '../../src/expansion/index.js';
import { diagramD } from '../../src/diagram/builders.js';
import { makeModel } from '../../src/model/index.js';
import { Poly } from '../../src/rational/index.js';
import { writeClassListing } from '../../src/render/classListingDocument.js';
import { seriesDocument } from '../../src/render/expandDocument.js';

const model = makeModel({ nu: 2, scenario: 'sym' });

function collect(f: (write: (t: string) => void) => void): string[] {
  const chunks: string[] = [];
  f((t) => chunks.push(t));
  return chunks;
}

describe('seriesDocument', () => {
  const terms = expandLoss(model, 2);
  it('JSON: one entry per term, exact coefficients, class counts; streamed chunk by chunk', () => {
    const chunks = collect((w) => {
      const doc = seriesDocument('json', model, null, w);
      for (const t of terms) doc.term(t);
      doc.end();
    });
    expect(chunks).toHaveLength(terms.length + 2);
    const json = JSON.parse(chunks.join(''));
    expect(json.model).toEqual({ nu: 2, scenario: 'sym', target: 'identity' });
    expect(json.observable).toBe('loss');
    expect(json.diagramClasses).toEqual(terms.map((t) => t.classes));
    json.series.forEach((e: { s: number; terms: { coeff: string; p: number; H: number; sigma2: number }[] }, s: number) => {
      expect(e.s).toBe(s);
      expect(Poly.fromTerms(e.terms).equals(terms[s]!.poly)).toBe(true);
    });
  });
  it('text and LaTeX name the observable symbol G; LaTeX is one align* block', () => {
    const g = observableSeries(model, diagramD(model), 1);
    const text = collect((w) => {
      const doc = seriesDocument('text', model, 'D', w);
      g.forEach((t) => doc.term(t));
      doc.end();
    }).join('');
    expect(text.split('\n').filter(Boolean).map((l) => l.slice(0, 6))).toEqual(['G_0 = ', 'G_1 = ']);
    const latex = collect((w) => {
      const doc = seriesDocument('latex', model, 'D', w);
      g.forEach((t) => doc.term(t));
      doc.end();
    }).join('');
    expect(latex).toMatch(/^% T\^s E\[d\^s G\/dt\^s\(0\)\], G = D: nu=2, SYM, target identity\n\\begin\{align\*\}\n/);
    expect(latex.match(/G_\{\d\} &=/g)).toEqual(['G_{0} &=', 'G_{1} &=']);
    expect(latex.endsWith('\\end{align*}\n')).toBe(true);
  });
});

describe('writeClassListing', () => {
  const list = lossPowerClasses(model, 1);
  const entries = [...list.entries()];
  it('JSON lists every class with its coefficient, |Aut| and E[class]', () => {
    const json = JSON.parse(collect((w) => writeClassListing('json', model, list, w)).join(''));
    expect(json.order).toBe(1);
    expect(json.power).toBe(2);
    expect(json.diagrams).toHaveLength(list.size);
    json.diagrams.forEach((d: { coeff: string; automorphisms: string; expectation: { terms: never[] } }, i: number) => {
      expect(d.coeff).toBe(entries[i]!.coeff.toString());
      expect(d.automorphisms).toBe(entries[i]!.form.automorphisms.toString());
      expect(Poly.fromTerms(d.expectation.terms).equals(entries[i]!.expectation)).toBe(true);
    });
  });
  it('text: a header naming the power and sign, then one line per class; tikz: one picture per class', () => {
    const lines = collect((w) => writeClassListing('text', model, list, w)).join('').split('\n').filter(Boolean);
    expect(lines[0]).toBe(`# L^{*2}: ${list.size} classes; Y_1 = -sum coeff * E[G]`);
    expect(lines).toHaveLength(list.size + 1);
    const tikz = collect((w) => writeClassListing('tikz', model, list, w)).join('');
    expect(tikz.match(/\\begin\{tikzpicture\}/g)).toHaveLength(list.size);
  });
});
