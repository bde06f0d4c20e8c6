import js from '@eslint/js'
import figmaPlugins from '@figma/eslint-plugin-figma-plugins'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'out', 'manifest.json', 'bin/dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts'],
    ...figmaPlugins.flatConfigs.recommended,
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
)
