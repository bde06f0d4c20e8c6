import { Buffer } from 'node:buffer'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { deflateRawSync } from 'node:zlib'

import { parse } from '@formatjs/icu-messageformat-parser'
import { build } from 'esbuild'

const unpackJsonModule = join(import.meta.dirname, 'src/method/unpack-json.ts')

/** A module whose default export (or `exportName`) is `value`, carried deflated (see below). */
function packedModule(value, exportName) {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 9 }).toString('base64')
  const declaration = exportName === undefined ? 'export default' : `export const ${exportName} =`
  return {
    contents: `import { unpackJson } from ${JSON.stringify(unpackJsonModule)}\n${declaration} unpackJson(${JSON.stringify(packed)})\n`,
    loader: 'js',
  }
}

/** The exports of a TypeScript module, run in Node at build time. */
async function runModuleAsync(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
  })
  const code = Buffer.from(result.outputFiles[0].text).toString('base64')
  const exports = await import(`data:text/javascript;base64,${code}`)
  return { exports, watchFiles: Object.keys(result.metafile.inputs) }
}

/**
 * The method data goes into the panel deflated and base64-encoded, and is inflated when the panel
 * starts (`unpackJson`, with fflate): the canvases' JSON (`canvasData.json`,
 * `localizedData.json`, about 230 KB as JSON) as it is, and the station guide's method files
 * (src/method/packaged-guide-files.ts, about 1.3 MB as imported) cut down to what the guide shows
 * (`pruneGuideFiles`). Tests and the command line import the files as they are.
 */
const packedMethodData = {
  name: 'packed-method-data',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /[\\/]apiops-cycles-method-data[\\/]src[\\/]data[\\/]canvas[\\/][^\\/]+\.json$/ },
      async (args) => packedModule(JSON.parse(await readFile(args.path, 'utf8'))),
    )
    pluginBuild.onLoad(
      { filter: /[\\/]src[\\/]method[\\/]packaged-guide-files\.ts$/ },
      async (args) => {
        const { exports, watchFiles } = await runModuleAsync(
          "import { packagedGuideFiles } from './packaged-guide-files'\n" +
            "import { parseGuideFiles, pruneGuideFiles } from './guide-files'\n" +
            'export default pruneGuideFiles(parseGuideFiles(packagedGuideFiles))\n',
          dirname(args.path),
        )
        return { ...packedModule(exports.default, 'packagedGuideFiles'), watchFiles }
      },
    )
  },
}

/**
 * The message catalogues (src/locale/catalogue/<locale>.ts, which gathers the JSON files of
 * src/locale/catalogue/<locale>/, one per part, `self-test.json` as part `selfTest`) parsed ahead
 * of time into intl-messageformat's message syntax trees, with `<` read as text as the translator
 * reads it, so a bundle needs no ICU parser (intl-messageformat gets FormatJS's `no-parser` build
 * through `LOCALE_ALIAS`). A message that does not parse stops the build, naming its locale, part
 * and id. The panel carries each catalogue deflated (`packed: true`); the command line as it is.
 * @param {{ packed: boolean }} options
 */
export function localeCatalogues({ packed }) {
  return {
    name: 'locale-catalogues',
    setup(pluginBuild) {
      pluginBuild.onLoad(
        { filter: /[\\/]src[\\/]locale[\\/]catalogue[\\/][a-z]+\.ts$/ },
        async (args) => {
          const folder = args.path.replace(/\.ts$/, '')
          const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort()
          const catalogue = {}
          for (const file of files) {
            const part = file.slice(0, -5).replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())
            const messages = JSON.parse(await readFile(join(folder, file), 'utf8'))
            catalogue[part] = {}
            for (const [id, message] of Object.entries(messages)) {
              try {
                catalogue[part][id] = parse(message, { ignoreTag: true })
              } catch (error) {
                throw new Error(
                  `${join(folder, file)}: ${part}.${id} does not parse (${error.message})`,
                  { cause: error },
                )
              }
            }
          }
          const watchFiles = files.map((file) => join(folder, file))
          if (packed) return { ...packedModule(catalogue), watchFiles }
          return {
            contents: `export default ${JSON.stringify(catalogue)}\n`,
            loader: 'js',
            watchFiles,
          }
        },
      )
    },
  }
}

/** intl-messageformat without its ICU parser, for bundles built with `localeCatalogues`. */
export const LOCALE_ALIAS = {
  '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
}

/**
 * create-figma-plugin's CSS plugin, resolving each CSS file once: it writes a new module for every
 * `import` of a `.css` file, so a stylesheet that ten components import (`layout.module.css`) went
 * into the bundle ten times (about 17 KB). The CSS file is found from the import's folder for a
 * relative path, from the working folder otherwise (as that plugin does), so this is the key.
 */
function resolvingCssOnce(cssPlugin) {
  return {
    name: cssPlugin.name,
    setup(pluginBuild) {
      const resolved = new Map()
      cssPlugin.setup({
        ...pluginBuild,
        onResolve(options, callback) {
          pluginBuild.onResolve(options, (args) => {
            const plain = args.path.replace(/^!/, '')
            const key = `${args.path[0] === '!' ? '!' : ''}${plain.startsWith('.') ? join(args.resolveDir, plain) : plain}`
            if (!resolved.has(key)) resolved.set(key, callback(args))
            return resolved.get(key)
          })
        },
      })
    },
  }
}

/**
 * esbuild options of the panel bundle. The panel runs in FigJam's iframe on current Chromium
 * (desktop app and browser alike), so it targets ES2020 instead of create-figma-plugin's
 * `chrome58`, and keeps non-ASCII text (five languages of method data) as UTF-8 instead of
 * `\uXXXX` escapes. The method data is packed (`packedMethodData`), so the export writers (YAML,
 * CSV) and the station guide fit the 500 KB budget. Every command of package.json's
 * `figma-plugin` opens the same panel (the default export of src/ui.tsx), so the entry imports it
 * once instead of create-figma-plugin's per-command table, which `require`s it and so wraps every
 * module in a CommonJS shim (about 14 KB); the CSS plugin resolves each stylesheet once
 * (`resolvingCssOnce`).
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    stdin: {
      ...buildOptions.stdin,
      contents: [
        "import ui from './src/ui'",
        "ui(document.getElementById('create-figma-plugin'), __SHOW_UI_DATA__)",
      ].join('\n'),
    },
    target: 'es2020',
    charset: 'utf8',
    alias: { ...buildOptions.alias, ...LOCALE_ALIAS },
    plugins: [
      ...(buildOptions.plugins ?? []).map((plugin) =>
        plugin.name === 'css-modules' ? resolvingCssOnce(plugin) : plugin,
      ),
      packedMethodData,
      localeCatalogues({ packed: true }),
    ],
  }
}
