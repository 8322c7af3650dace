/**
 * `gfd threshold --nu 4 --theta θ [--format json|text]` — the low/high-noise boundary ρ*(θ) of SYM
 * ν=4 gradient ascent (paper eq. nu4-threshold), in floating point:
 * p³σ⁴ < ρ*(θ) = (−16θ ∫_0^{−∞} F³)⁻¹, θ = 1 + 3H/p².
 *
 * JSON (default): `{"nu":4,"theta":θ,"rhoStar":…,"integralF3":∫_0^{−∞}F(u)³du}`.
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { cubeIntegralTotal, nu4Threshold } from '../../solutions/index.js';
import { choiceOption, intOption, numberOption } from '../options.js';
import { emit, toJson } from '../output.js';

const FORMATS = ['json', 'text'] as const;

export function register(program: Command): void {
  program
    .command('threshold')
    .description('threshold rho*(theta) of SYM nu=4 gradient ascent (low noise iff p^3 sigma^4 < rho*)')
    .requiredOption('--nu <N>', 'tensor order (only 4 is known)', intOption('nu', 2))
    .requiredOption('--theta <θ>', 'theta = 1 + 3H/p^2 (>= 1)', numberOption('theta', { min: 1 }))
    .option('--format <f>', 'json | text', choiceOption('format', FORMATS), 'json')
    .action((flags: { nu: number; theta: number; format: (typeof FORMATS)[number] }) => {
      if (flags.nu !== 4) throw new InputError(`threshold: only nu = 4 is known (got nu = ${flags.nu})`);
      const rhoStar = nu4Threshold(flags.theta);
      if (flags.format === 'json') emit(toJson({ nu: 4, theta: flags.theta, rhoStar, integralF3: -cubeIntegralTotal() }));
      else emit(`rho*(theta=${flags.theta}) = ${rhoStar}   (low noise iff p^3 sigma^4 < rho*)`);
    });
}
