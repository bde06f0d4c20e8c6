import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { deflateRawSync } from 'node:zlib'

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
 * esbuild options of the panel bundle. The panel runs in FigJam's iframe on current Chromium
 * (desktop app and browser alike), so it targets ES2020 instead of create-figma-plugin's
 * `chrome58`, and keeps non-ASCII text (five languages of method data) as UTF-8 instead of
 * `\uXXXX` escapes. The method data is packed (`packedMethodData`), so the export writers (YAML,
 * CSV) and the station guide fit the 500 KB budget.
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    target: 'es2020',
    charset: 'utf8',
    plugins: [...(buildOptions.plugins ?? []), packedMethodData],
  }
}
