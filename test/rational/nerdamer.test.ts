/**
 * The nerdamer adapter: one instance, its expression tree, and the calculus add-ons on request
 * (checked on derivatives known by hand).
 */
import { describe, expect, it } from 'vitest';
import { nerdamer } from '../../src/rational/index.js';

describe('nerdamer adapter', () => {
  it('parses, builds trees and compiles functions with the core package', () => {
    const n = nerdamer();
    expect(n('x*x + 2*x').buildFunction(['x'])(3)).toBe(15);
    const tree = n.tree('a + b');
    expect([tree.type, tree.value, tree.left?.value, tree.right?.value]).toEqual(['OPERATOR', '+', 'a', 'b']);
  });
  it('loads the calculus add-ons on request, on the same instance', () => {
    const n = nerdamer({ calculus: true });
    expect(n).toBe(nerdamer());
    // d/dx x^3 = 3x^2, d/dx log(x) = 1/x: compared as functions at x = 2
    expect(n('diff(x^3, x)').buildFunction(['x'])(2)).toBe(12);
    expect(n('diff(log(x), x)').buildFunction(['x'])(2)).toBe(0.5);
  });
});
