/**
 * The part of nerdamer's interface the engine uses, typed once (nerdamer's own typings describe
 * neither `tree` nor the expression methods the way they behave at run time).
 */

/** A node of nerdamer's expression tree (`nerdamer.tree`, built without simplification). */
export interface NerdamerTreeNode {
  type: string; // 'OPERATOR', 'FUNCTION', 'VARIABLE_OR_LITERAL', …
  value: string;
  left?: NerdamerTreeNode;
  right?: NerdamerTreeNode;
}

/** A parsed (and simplified) nerdamer expression. */
export interface NerdamerExpr {
  toString(): string;
  toTeX(): string;
  variables(): string[];
  buildFunction(vars: string[]): (...a: number[]) => number;
  symbol: { isPoly(multivariate?: boolean): boolean };
}

/** nerdamer itself: parse `expr` (substituting `subs`), or build its tree. */
export interface Nerdamer {
  (expr: string, subs?: Record<string, string>): NerdamerExpr;
  tree(expr: string): NerdamerTreeNode;
}
