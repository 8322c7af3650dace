// Typed linting of src/ and test/ (typescript-eslint, recommended-type-checked; `npm run lint`).
// Where a rule does not fit the codebase it is turned off here, with the reason, rather than
// disabled line by line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'node_modules/', 'site/', 'coverage/', 'explorer/', 'benchmarks/', 'scripts/', 'scale-out/', 'bin/', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // values with a toString of their own (Rational, Poly, LaurentPoly, YZPoly) are interpolated by design
      '@typescript-eslint/restrict-template-expressions': 'off',
      // square-and-multiply loops start from `this` as a local accumulator (`let base = this`), not a closure alias
      '@typescript-eslint/no-this-alias': 'off',
      // numeric constants are quoted from their sources with all their digits
      'no-loss-of-precision': 'off',
      // a worker pool passes on what the worker reported, unchanged
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // a leading underscore marks a binding kept for its position (tuple destructuring, callback arguments)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // tests read the CLI's JSON output through JSON.parse (any) and check its shape with expect
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['test/doctestExtract.ts'],
    rules: {
      // the doctest evaluates the literals of expected-value comments with the Function constructor
      '@typescript-eslint/no-implied-eval': 'off',
    },
  },
);
