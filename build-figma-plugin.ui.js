import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import process from 'node:process'

import { deflateSync, strToU8 } from 'fflate'

/**
 * The method data's texts in five languages (`localizedData.json`, ~200 KB) go into the panel
 * bundle deflated and base64-encoded (~50 KB), and are inflated by fflate when the panel starts,
 * so the export writers (YAML, CSV) fit the 500 KB budget. test/ui-bundle-size.test.ts deflates
 * the same way and finds the text in the bundle.
 */
async function methodDataBase64(path) {
  const text = await readFile(path, 'utf8')
  return Buffer.from(deflateSync(strToU8(JSON.stringify(JSON.parse(text))), { level: 9 })).toString(
    'base64',
  )
}

const deflatedMethodData = {
  name: 'deflated-method-data',
  setup(build) {
    build.onLoad(
      { filter: /apiops-cycles-method-data[\\/].*localizedData\.json$/ },
      async (args) => ({
        contents: `import { inflateSync, strFromU8 } from 'fflate'
const bytes = Uint8Array.from(atob(${JSON.stringify(await methodDataBase64(args.path))}), (c) => c.charCodeAt(0))
export default JSON.parse(strFromU8(inflateSync(bytes)))`,
        loader: 'js',
        resolveDir: process.cwd(),
      }),
    )
  },
}

/**
 * esbuild options of the panel bundle. The panel runs in FigJam's iframe on current Chromium
 * (desktop app and browser alike), so it targets ES2020 instead of create-figma-plugin's
 * `chrome58`, and keeps non-ASCII text (five languages of method data) as UTF-8 instead of
 * `\uXXXX` escapes: together ~19 KB of the 500 KB budget. The method data is deflated
 * (`deflatedMethodData`).
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    target: 'es2020',
    charset: 'utf8',
    plugins: [...(buildOptions.plugins ?? []), deflatedMethodData],
  }
}
