/** Jest in native ESM mode (kysely is ESM-only), TypeScript compiled by swc; `tsc --noEmit` type-checks separately. */
export default {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: {
        '^.+\\.tsx?$': [
            '@swc/jest',
            {
                jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2023' },
                module: { type: 'es6' },
            },
        ],
    },
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    testMatch: ['<rootDir>/tests/**/*.test.ts'],
    // dist/ (the committed standalone build) and lib/ hold package.json files and copies of the
    // sources: outside the module map, so jest finds one `noorm` package and no duplicate modules.
    modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/lib/'],
    testTimeout: 60000,
    globalSetup: '<rootDir>/tests/global-setup.ts',
    globalTeardown: '<rootDir>/tests/global-teardown.ts',
};
