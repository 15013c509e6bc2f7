import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Linting of noorm's own code; formatting is prettier's, import layering dependency-cruiser's. */
export default tseslint.config(
    { ignores: ['lib/**', 'dist/**', 'dist-expected/**', 'coverage/**', 'bench/node_modules/**', 'node_modules/**', 'tests/fixtures/**', 'schema-example/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { globals: { ...globals.node } },
        rules: {
            // `for (const _ of gen)` drives a generator; `_`-prefixed names are unused on purpose.
            '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
            'no-console': 'error',
            // Matching control characters is the point of the redactor's and the terminal escaper's patterns.
            'no-control-regex': 'off',
        },
    },
    {
        // Scripts and tests may print; the engine and the faces print only through their streams.
        files: ['scripts/**', 'tests/**', 'bench/**'],
        rules: { 'no-console': 'off' },
    },
);
