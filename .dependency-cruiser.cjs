/**
 * The layering of noorm, checked on every `npm run lint`:
 *   src/core is the engine and knows nothing of faces; the faces (src/cli, src/tui, src/action)
 *   reach the engine only through src/core/index.ts and never each other; only src/core/dialect
 *   knows a dialect's own files.
 */
const FACES = '^src/(cli|tui|action)/';

module.exports = {
    forbidden: [
        {
            name: 'core-imports-no-face',
            comment: 'The engine knows nothing of terminals, Actions or containers: faces depend on core, never the reverse.',
            severity: 'error',
            from: { path: '^src/core/' },
            to: { path: '^src/(cli|tui|action|bin)/' },
        },
        {
            name: 'core-imports-no-ui-packages',
            comment: 'No React/Ink, Actions toolkit or argument parser in the engine.',
            severity: 'error',
            from: { path: '^src/core/' },
            to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: '(^|/)node_modules/(ink|react|@inkjs/|@actions/|commander)' },
        },
        {
            name: 'face-through-core-index',
            comment:
                'A face imports the engine only through src/core/index.ts, so the public API is the whole contract (src/core/standalone.ts is the set-up of the dist/ bundle, for src/bin alone).',
            severity: 'error',
            from: { path: `${FACES}|^src/bin/` },
            to: { path: '^src/core/', pathNot: '^src/core/(index|standalone)\\.ts$' },
        },
        {
            name: 'standalone-entry-for-bin-only',
            severity: 'error',
            from: { path: FACES },
            to: { path: '^src/core/standalone\\.ts$' },
        },
        {
            name: 'faces-not-sideways',
            comment: 'Faces share through core, never through each other.',
            severity: 'error',
            from: { path: '^src/(cli)/' },
            to: { path: '^src/(tui|action)/' },
        },
        {
            name: 'tui-not-sideways',
            severity: 'error',
            from: { path: '^src/(tui)/' },
            to: { path: '^src/(cli|action)/' },
        },
        {
            name: 'action-not-sideways',
            severity: 'error',
            from: { path: '^src/(action)/' },
            to: { path: '^src/(cli|tui)/' },
        },
        {
            name: 'headless-without-ink',
            comment: 'The headless CLI never loads ink or react (start-up time).',
            severity: 'error',
            from: { path: '^src/cli/' },
            to: { path: '(^|/)node_modules/(ink|react|@inkjs/)' },
        },
        {
            name: 'dialect-internals-stay-inside',
            comment: "Only src/core/dialect knows a dialect's own files; everything else reads the Dialect interface and the registry.",
            severity: 'error',
            from: { path: '^src/', pathNot: '^src/core/dialect/' },
            to: { path: '^src/core/dialect/[^/]+/' },
        },
        {
            name: 'no-cycles-between-core-modules',
            comment: 'Folders of the engine depend on each other one way (template and changeset use the runner, never the reverse).',
            severity: 'error',
            from: { path: '^src/core/' },
            to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
        },
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        includeOnly: '^src/|node_modules',
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: {
            exportsFields: ['exports'],
            conditionNames: ['import', 'require', 'node', 'default', 'types'],
            extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
        },
        reporterOptions: { text: { highlightFocused: true } },
    },
};
