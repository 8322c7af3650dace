/**
 * What the large-size commands (pareto, regimes, limit) share: the order bound.
 */
/**
 * Largest order the large-size commands accept. The diagram classes grow about sevenfold per
 * order; beyond this the engine would run for hours.
 */
export const MAX_ASYMPTOTIC_ORDER = 12;
