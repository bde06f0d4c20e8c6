import { defineConfig, type Plugin } from 'vitest/config'

/** @create-figma-plugin/ui imports its CSS as `!../css/base.css`; the build inlines it, tests ignore it. */
function bangCssImports(): Plugin {
  return {
    name: 'bang-css-imports',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith('!') && source.endsWith('.css') ? '\0empty-css' : null
    },
    load(id) {
      return id === '\0empty-css' ? 'export default {}' : null
    },
  }
}

export default defineConfig({
  plugins: [bangCssImports()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    server: { deps: { inline: [/@create-figma-plugin/] } },
    testTimeout: 30_000,
  },
})
