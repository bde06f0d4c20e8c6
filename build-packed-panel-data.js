import { Buffer } from 'node:buffer'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { constants, zstdCompressSync } from 'node:zlib'

import { parse } from '@formatjs/icu-messageformat-parser'
import { build } from 'esbuild'

const ROOT = import.meta.dirname
const UNPACK_MODULE = join(ROOT, 'src/method/unpack-json.ts')
const SCRIPT_TEXT_MODULE = join(ROOT, 'src/method/script-text.ts')
const METHOD_DATA = join(ROOT, 'node_modules/apiops-cycles-method-data/src/data/canvas')
const GUIDE_FILES_MODULE = join(ROOT, 'src/method/panel-guide-files.ts')
const CATALOGUES = join(ROOT, 'src/locale/catalogue')
const PACKED_MODULE = 'packed-panel-data'

/**
 * One locale's catalogue (the JSON files of src/locale/catalogue/<locale>/, one per part,
 * `self-test.json` as part `selfTest`) parsed into intl-messageformat's message syntax trees, with
 * `<` read as text as the translator reads it.
 * A message that is plain text is kept as `[text]`, which the translator returns as it is.
 * @throws Error naming the locale, part and id of a message that does not parse.
 * @returns {Promise<{ catalogue: Record<string, Record<string, unknown>>, watchFiles: string[] }>}
 */
export async function readCatalogueAsync(folder) {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort()
  const catalogue = {}
  for (const file of files) {
    const part = file.slice(0, -5).replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())
    const messages = JSON.parse(await readFile(join(folder, file), 'utf8'))
    catalogue[part] = {}
    for (const [id, message] of Object.entries(messages)) {
      try {
        const tree = parse(message, { ignoreTag: true })
        catalogue[part][id] = tree.length === 1 && tree[0].type === 0 ? [tree[0].value] : tree
      } catch (error) {
        throw new Error(`${join(folder, file)}: ${part}.${id} does not parse (${error.message})`, {
          cause: error,
        })
      }
    }
  }
  return { catalogue, watchFiles: files.map((file) => join(folder, file)) }
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
 * Every value the panel carries packed, by key: the canvases' JSON (`canvasData`,
 * `localizedData`), the station guide's method files cut down to what the guide shows
 * (`guideFiles`, `pruneGuideFiles`) and each locale's catalogue (`catalogue/<locale>`) as the
 * panel uses it (`panelCatalogue`): without the `cli` part, which only the command line words
 * with, and in English only the relaunch texts of the `canvas` part, since the English template
 * words are the definitions of src/canvas themselves (`localizedCanvasDefinition` returns them).
 */
function panelCatalogue(locale, catalogue) {
  const parts = Object.fromEntries(Object.entries(catalogue).filter(([part]) => part !== 'cli'))
  if (locale !== 'en') return parts
  const relaunch = Object.entries(parts.canvas).filter(([id]) => id.startsWith('relaunch'))
  return { ...parts, canvas: Object.fromEntries(relaunch) }
}

async function panelDataAsync() {
  const values = {}
  const watchFiles = []
  for (const name of ['canvasData', 'localizedData']) {
    const path = join(METHOD_DATA, `${name}.json`)
    values[name] = JSON.parse(await readFile(path, 'utf8'))
    watchFiles.push(path)
  }
  const guide = await runModuleAsync(
    `export { default } from ${JSON.stringify(GUIDE_FILES_MODULE)}\n`,
    dirname(GUIDE_FILES_MODULE),
  )
  values.guideFiles = guide.exports.default
  watchFiles.push(...guide.watchFiles)
  const locales = (await readdir(CATALOGUES, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  for (const locale of locales) {
    const { catalogue, watchFiles: files } = await readCatalogueAsync(join(CATALOGUES, locale))
    values[`catalogue/${locale}`] = panelCatalogue(locale, catalogue)
    watchFiles.push(...files)
  }
  return { values, watchFiles }
}

/**
 * The panel's data, packed into one module: the JSON of every value (`panelDataAsync`) as one
 * Zstandard frame (RFC 8878; level 22, a window holding it all, so the five languages' texts
 * and the parts they share compress together), written as one string of script text
 * (`bytesToScriptText` of src/method/script-text.ts: 13 bits in two characters, 8% fewer bytes
 * than base64), unpacked on first use with fzstd (`unpackJson`). A module it replaces exports its
 * value, `packed('<key>')`.
 * Tests and the command line import the files as they are.
 */
export function packedPanelData() {
  return {
    name: 'packed-panel-data',
    setup(pluginBuild) {
      let data
      pluginBuild.onStart(() => {
        data = panelDataAsync()
        data.catch(() => {})
      })
      /** The module of one packed value, exported as `exportName` (default: the default export). */
      const packedModuleAsync = async (key, exportName) => {
        const { values, watchFiles } = await data
        if (!Object.hasOwn(values, key)) throw new Error(`The panel packs no value "${key}".`)
        const declaration =
          exportName === undefined ? 'export default' : `export const ${exportName} =`
        return {
          contents: `import { packed } from '${PACKED_MODULE}'\n${declaration} packed(${JSON.stringify(key)})\n`,
          loader: 'js',
          watchFiles,
        }
      }
      pluginBuild.onResolve({ filter: new RegExp(`^${PACKED_MODULE}$`) }, () => ({
        path: PACKED_MODULE,
        namespace: PACKED_MODULE,
      }))
      pluginBuild.onLoad({ filter: /.*/, namespace: PACKED_MODULE }, async () => {
        const json = Buffer.from(JSON.stringify((await data).values))
        const zstd = zstdCompressSync(json, {
          params: {
            [constants.ZSTD_c_compressionLevel]: 22,
            [constants.ZSTD_c_windowLog]: Math.max(10, Math.ceil(Math.log2(json.length))),
          },
        })
        const scriptText = await runModuleAsync(
          `export { bytesToScriptText } from ${JSON.stringify(SCRIPT_TEXT_MODULE)}\n`,
          ROOT,
        )
        const text = scriptText.exports.bytesToScriptText(zstd)
        return {
          contents: `import { packedValues } from ${JSON.stringify(UNPACK_MODULE)}\nexport const packed = packedValues(${JSON.stringify(text)})\n`,
          loader: 'js',
          resolveDir: ROOT,
          watchFiles: [...(await data).watchFiles, ...scriptText.watchFiles],
        }
      })
      const fileName = (path) => path.replace(/^.*[\\/]|\.[a-z]+$/g, '')
      pluginBuild.onLoad(
        { filter: /[\\/]apiops-cycles-method-data[\\/]src[\\/]data[\\/]canvas[\\/][^\\/]+\.json$/ },
        (args) => packedModuleAsync(fileName(args.path)),
      )
      pluginBuild.onLoad({ filter: /[\\/]src[\\/]method[\\/]packaged-guide-files\.ts$/ }, () =>
        packedModuleAsync('guideFiles', 'packagedGuideFiles'),
      )
      pluginBuild.onLoad({ filter: /[\\/]src[\\/]locale[\\/]catalogue[\\/][a-z]+\.ts$/ }, (args) =>
        packedModuleAsync(`catalogue/${fileName(args.path)}`),
      )
    },
  }
}
