import { nextLevel, startStates } from '../../src/asymptotics/contracted/contractedPass.js';
import { lossMoves } from '../../src/asymptotics/contracted/moves.js';
import { UnitLayout } from '../../src/asymptotics/contracted/units.js';
import { lossDiagrams } from '../../src/expansion/index.js';
import { colourCount, makeModel } from '../../src/model/index.js';

/**
 * The states of levels 0 … `last` of the exact contracted programme, named with fixed colours
 * (no colour orbits); of the last level (when it is not level 0) only every `stride`-th.
 */
export function exactStates(nu: number, scenario: string, target: string, last: number, stride = 1) {
  const model = makeModel({ nu, scenario, target });
  const loss = lossDiagrams(model);
  const layout = new UnitLayout(colourCount(model));
  const moves = lossMoves(loss.terms, layout);
  let level = startStates(loss.terms.map((t) => ({ diagram: t.form.diagram, coeff: t.coeff })), layout);
  const keys = [...level.keys()];
  for (let l = 1; l <= last; l++) {
    level = nextLevel(level, moves, layout);
    keys.push(...[...level.keys()].filter((_, i) => l < last || i % stride === 0));
  }
  return { loss, layout, moves, keys };
}
