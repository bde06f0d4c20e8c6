import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import { build, transform } from 'esbuild'

const UNUSED_CSS = 'unused-css'
const RESOLVING = 'inlined-css-resolving'

/** A CSS import's file: the import without create-figma-plugin's `!` mark of global CSS. */
async function resolveCssAsync(pluginBuild, args) {
  return pluginBuild.resolve(args.path.replace(/^!/, ''), {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: RESOLVING,
  })
}

/**
 * The stylesheets that modules of the bundle import, found by building it once without them
 * (each one external, as ES module imports): esbuild keeps the imports of the modules it keeps
 * and drops those of the modules it leaves out, such as the components of a package with
 * `"sideEffects": false` that nothing uses. esbuild bundles the stylesheet of every imported
 * module, used or not, so this tells which ones the panel needs.
 * @returns {Promise<Set<string>>} absolute paths of the CSS files.
 */
async function usedCssAsync(options, plugins) {
  const { metafile } = await build({
    ...options,
    format: 'esm',
    minify: false,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      ...plugins,
      {
        name: 'external-css',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /\.css$/ }, async (args) => {
            if (args.pluginData === RESOLVING) return undefined
            const { path, errors } = await resolveCssAsync(pluginBuild, args)
            return { path, errors, external: true }
          })
        },
      },
    ],
  })
  return new Set(
    Object.values(metafile.outputs).flatMap((output) =>
      output.imports.map((imported) => imported.path),
    ),
  )
}

/**
 * The panel's stylesheets, bundled by esbuild instead of create-figma-plugin's CSS plugin
 * (postcss-modules and cssnano, which gave each file a `<style>` element, a class-name table and
 * class names like `_button_avmy7_1`): `x.module.css` is a CSS module (esbuild's `local-css`
 * loader, whose class names a minified build shortens), any other `.css` file is global, and an
 * import marked `!` (create-figma-plugin's mark for a global stylesheet) is the file without the
 * mark. Only the stylesheets of the modules the bundle keeps go in (`usedCssAsync`). esbuild
 * writes them, in the order the modules import them, as one stylesheet beside the script; the
 * build is not written (`write: false`), and this writes the script, which Figma loads alone, with
 * the stylesheet first, added to the page's head as one `<style>` element before the panel
 * starts. `plugins` are the other plugins the bundle needs to resolve and load its modules.
 */
export function inlinedCss(plugins) {
  return {
    name: 'inlined-css',
    setup(pluginBuild) {
      const { outfile, minify } = pluginBuild.initialOptions
      let used
      pluginBuild.onStart(() => {
        used = usedCssAsync(pluginBuild.initialOptions, plugins)
        used.catch(() => {})
      })
      pluginBuild.onResolve({ filter: /\.css$/ }, async (args) => {
        if (args.pluginData === RESOLVING) return undefined
        const { path, errors } = await resolveCssAsync(pluginBuild, args)
        if (errors.length > 0 || (await used).has(path)) return { path, errors }
        return { path, namespace: UNUSED_CSS }
      })
      pluginBuild.onLoad({ filter: /.*/, namespace: UNUSED_CSS }, () => ({
        contents: '',
        loader: 'empty',
      }))
      pluginBuild.onEnd(async (result) => {
        if (result.errors.length > 0) return
        const output = (extension) =>
          result.outputFiles.find((file) => file.path === outfile.replace(/\.js$/, extension))
        const css = output('.css')?.text.trim() ?? ''
        const style = `document.head.append(Object.assign(document.createElement("style"),{textContent:${JSON.stringify(css)}}))`
        const { code } = await transform(style, { minify, charset: 'utf8' })
        await mkdir(dirname(outfile), { recursive: true })
        await writeFile(outfile, code + output('.js').text)
      })
    },
  }
}
