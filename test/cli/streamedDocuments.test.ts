/** The documents of `expand` and `diagrams` closed early, written to a string. */
import { describe, expect, it } from 'vitest';
import { lossPowerClasses } from '../../src/expansion/classListing.js';
import { expandLoss } from '../../src/expansion/series.js';
import { makeModel } from '../../src/model/index.js';
import { classListingDocument } from '../../src/render/classListingDocument.js';
import { seriesDocument } from '../../src/render/expandDocument.js';
import { jsonArrayDocument } from '../../src/render/streamedDocument.js';

const model = makeModel({ nu: 2, scenario: 'sym' });

describe('streamed documents closed early', () => {
  it('an expand document is valid JSON with complete:false after any number of coefficients', () => {
    const terms = expandLoss(model, 2);
    for (let k = 0; k <= terms.length; k++) {
      let out = '';
      const doc = seriesDocument('json', model, null, (t) => (out += t));
      for (const t of terms.slice(0, k)) doc.term(t);
      expect(doc.started).toBe(k > 0);
      doc.abort('interrupted by SIGINT');
      expect(doc.closed).toBe(true);
      const json = JSON.parse(out);
      expect(json.series.map((e: { s: number }) => e.s)).toEqual(terms.slice(0, k).map((t) => t.s));
      expect(json.diagramClasses).toEqual(terms.slice(0, k).map((t) => t.classes));
      expect(json.complete).toBe(false);
      expect(json.reason).toBe('interrupted by SIGINT');
    }
  });

  it('a complete expand document has no complete/reason fields', () => {
    let out = '';
    const doc = seriesDocument('json', model, null, (t) => (out += t));
    for (const t of expandLoss(model, 1)) doc.term(t);
    doc.end();
    expect(Object.keys(JSON.parse(out))).toEqual(['model', 'observable', 'series', 'diagramClasses']);
  });

  it('a LaTeX document closed early ends its align* block', () => {
    let out = '';
    const doc = seriesDocument('latex', model, null, (t) => (out += t));
    doc.term(expandLoss(model, 0)[0]!);
    doc.abort('interrupted by SIGTERM');
    expect(out.match(/\\begin\{align\*\}/g)).toHaveLength(1);
    expect(out).toMatch(/\n% incomplete: interrupted by SIGTERM\n\\end\{align\*\}\n$/);
  });

  it('a diagrams listing is valid JSON with complete:false after any number of classes', () => {
    const list = lossPowerClasses(model, 1);
    const entries = [...list.entries()];
    for (let k = 0; k <= entries.length; k++) {
      let out = '';
      const doc = classListingDocument('json', model, list, (t) => (out += t));
      for (const e of entries.slice(0, k)) doc.entry(e);
      doc.abort('stopped');
      const json = JSON.parse(out);
      expect(json.diagrams).toHaveLength(k);
      expect(json.power).toBe(2);
      expect(json.complete).toBe(false);
      expect(json.reason).toBe('stopped');
    }
  });

  it('a JSON array document (experiment --format json) is valid complete or closed early', () => {
    for (const k of [0, 1, 3]) {
      for (const early of [false, true]) {
        let out = '';
        const doc = jsonArrayDocument('{"experiments":[', (t) => (out += t));
        for (let i = 0; i < k; i++) doc.item(JSON.stringify({ experiment: `e${i}` }));
        if (early) doc.abort('interrupted by SIGTERM');
        else doc.end();
        const json = JSON.parse(out);
        expect(json.experiments).toEqual(Array.from({ length: k }, (_, i) => ({ experiment: `e${i}` })));
        expect(json.complete).toBe(early ? false : undefined);
        expect(Object.keys(json)).toEqual(early ? ['experiments', 'complete', 'reason'] : ['experiments']);
      }
    }
  });
});
