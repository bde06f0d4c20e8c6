import js from '@eslint/js'
import figmaPlugins from '@figma/eslint-plugin-figma-plugins'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/, lowest first (README, "How the code is layered"). A folder imports only
 * from the folders before it. On top, importing nothing of each other: main.ts, the panel
 * (ui/, ui.tsx, messages.ts) and the command line (cli/); only main.ts may import board/.
 */
const LAYERS = ['locale', 'canvas', 'method', 'model', 'fit', 'export', 'interchange', 'board']
const LAYERS_NOTE =
  'Layers point down: locale → canvas → method → model → fit → export → interchange → board → main, ui, cli.'

/**
 * `no-restricted-imports` for `files`, which must not import the folders or top-level modules
 * `targets` of src/. `fromTop` is for files directly in src/ (`./board/…`), else `../board/…`.
 */
function mayNotImport(files, targets, why, fromTop = false) {
  const regex = `^${fromTop ? '\\./' : '(\\.\\./)+'}(${targets.join('|')})(/|$)`
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex, message: `${why} ${LAYERS_NOTE}` }] },
      ],
    },
  }
}

const layerRules = LAYERS.map((layer, index) =>
  mayNotImport(
    [`src/${layer}/**`],
    [...LAYERS.slice(index + 1), 'main', 'ui', 'messages', 'cli'],
    `src/${layer}/ may not import a layer above it.`,
  ),
)
const topRules = [
  mayNotImport(['src/main.ts'], ['ui', 'messages', 'cli'], 'main.ts only wires the board.', true),
  mayNotImport(
    ['src/ui/**'],
    ['board', 'main', 'cli'],
    'The panel runs in an iframe: no board, no other entry point.',
  ),
  mayNotImport(
    ['src/ui.tsx', 'src/messages.ts'],
    ['board', 'main', 'cli'],
    'The panel runs in an iframe: no board, no other entry point.',
    true,
  ),
  mayNotImport(
    ['src/cli/**'],
    ['board', 'main', 'ui', 'messages'],
    'The command line runs in Node: no board, no panel.',
  ),
]

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'out', 'manifest.json', 'bin/dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts'],
    ...figmaPlugins.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...layerRules,
  ...topRules,
  {
    files: ['src/**'],
    ignores: ['src/board/**', 'src/main.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'figma',
          message: 'Only src/board/ touches FigJam, through the port main.ts builds.',
        },
      ],
    },
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
)
