/**
 * The isomorphism-class key `nH.nP:c_1,…,c_m` (decimal packed edges of the canonical diagram in
 * canonical order), and its inverse: the canonical diagram is recovered from the key alone, so
 * that class tables need to keep only the key (and the automorphism group when it is not trivial).
 */
import { EDGE_STRIDE, freezeDiagram, unpackEdge, type Diagram } from '../diagram/index.js';

/** Key of a canonical diagram from its node counts and its packed edges in canonical order. */
export function certificateKey(nH: number, nP: number, cert: Int32Array): string {
  return `${nH}.${nP}:${cert.join(',')}`;
}

/**
 * The canonical diagram of a class from its key (the `diagram` of its CanonicalForm, edge for
 * edge). The key must come from {@link certificateKey}.
 *
 * @example
 * ```ts
 * const form = canonicalForm(makeDiagram(2, 1, [[1, 0, 0], [0, 0, 1]]));
 * formatDiagram(diagramOfKey(form.key)) === formatDiagram(form.diagram); // true
 * ```
 */
export function diagramOfKey(key: string): Diagram {
  const dot = key.indexOf('.');
  const colon = key.indexOf(':', dot);
  const nH = Number(key.slice(0, dot));
  const nP = Number(key.slice(dot + 1, colon));
  let m = 0;
  if (colon + 1 < key.length) {
    m = 1;
    for (let i = colon + 1; i < key.length; i++) if (key.charCodeAt(i) === 44) m++;
  }
  const edges = new Int32Array(EDGE_STRIDE * m);
  let code = 0;
  let k = 0;
  for (let i = colon + 1; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 44;
    if (c === 44) {
      unpackEdge(code, nP, edges, EDGE_STRIDE * k++);
      code = 0;
    } else code = code * 10 + (c - 48);
  }
  return freezeDiagram(nH, nP, edges);
}

/** Edge count of the class of a key, without decoding it. */
export function edgeCountOfKey(key: string): number {
  const colon = key.indexOf(':');
  if (colon + 1 >= key.length) return 0;
  let m = 1;
  for (let i = colon + 1; i < key.length; i++) if (key.charCodeAt(i) === 44) m++;
  return m;
}
