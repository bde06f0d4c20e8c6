// Builds the `api-canvas` package in this folder: src/cli bundled to plain JavaScript in dist/.
import { Buffer } from 'node:buffer'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'

import { LOCALE_ALIAS } from '../build-figma-plugin.ui.js'
import { readCatalogueAsync } from '../build-packed-panel-data.js'

const packageFolder = dirname(fileURLToPath(import.meta.url))
const root = dirname(packageFolder)
const outdir = join(packageFolder, 'dist')

/**
 * The entry, dist/api-canvas.js, which bin/api-canvas.js (the file `bin` in bin/package.json
 * names) runs: Node's compile cache first (Node ≥ 22.1 keeps the compiled bundle in the system's
 * temporary folder, so later runs skip parsing it), then the command line, imported so that the
 * cache is on before its code is compiled.
 */
const entry = `import { enableCompileCache } from 'node:module'
enableCompileCache?.()
const { runNodeCliAsync } = await import('./src/cli/node-cli')
await runNodeCliAsync(process.argv.slice(2))
`

/**
 * A module whose default export is the JSON file `name` in dist/, read and parsed the first time
 * the value is used. The export answers every question about its keys as the parsed object does
 * (a Proxy), so zod and `Object.keys` see the same object.
 * @param {string} name
 */
const lazyJsonModule = (name) => `import { readFileSync } from 'node:fs'
let parsed
const data = () => (parsed ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'utf8')))
export default new Proxy({}, {
  get: (_, key) => Reflect.get(data(), key),
  has: (_, key) => Reflect.has(data(), key),
  ownKeys: () => Reflect.ownKeys(data()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(data(), key),
})`

/**
 * Data that stays JSON files in dist/, each read the first time it is used (`lazyJsonModule`),
 * so a command reads only what it words with and V8 need not compile and run large object
 * literals at every start:
 * - the method data's JSON files (about 250 KB, default imports only): `check` of a board
 *   without method canvases never uses them;
 * - each locale's message catalogue (src/locale/catalogue/<locale>.ts, which gathers the JSON
 *   files of src/locale/catalogue/<locale>/, one per part), as `catalogue-<locale>.json` of
 *   message syntax trees parsed ahead of time (`readCatalogueAsync`), so the bundle needs no ICU
 *   parser (intl-messageformat gets FormatJS's `no-parser` build through `LOCALE_ALIAS`) and a
 *   run reads the catalogues of the languages it words in only. A message that does not parse
 *   stops the build, naming its locale, part and id.
 * @param {Map<string, string>} jsonFiles receives each file's name in dist/ and its text
 * @returns {esbuild.Plugin}
 */
function lazyJsonFiles(jsonFiles) {
  return {
    name: 'lazy-json-files',
    setup(build) {
      build.onLoad({ filter: /apiops-cycles-method-data\/.*Data\.json$/ }, async (args) => {
        const name = basename(args.path)
        jsonFiles.set(name, JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))
        return { contents: lazyJsonModule(name), loader: 'js' }
      })
      build.onLoad(
        { filter: /[\\/]src[\\/]locale[\\/]catalogue[\\/][a-z]+\.ts$/ },
        async (args) => {
          const { catalogue } = await readCatalogueAsync(args.path.replace(/\.ts$/, ''))
          const name = `catalogue-${basename(args.path, '.ts')}.json`
          jsonFiles.set(name, JSON.stringify(catalogue))
          return { contents: lazyJsonModule(name), loader: 'js' }
        },
      )
    },
  }
}

/**
 * intl-messageformat resolved to bin/message-format.js (the library with formatters that save
 * the command line's start the building of `Intl.NumberFormat`'s locale table), except in that
 * file itself, which imports the library.
 * @returns {esbuild.Plugin}
 */
function messageFormat() {
  const wrapper = join(packageFolder, 'message-format.js')
  return {
    name: 'message-format',
    setup(build) {
      build.onResolve({ filter: /^intl-messageformat$/ }, (args) =>
        args.importer === wrapper ? undefined : { path: wrapper },
      )
    },
  }
}

/**
 * Every chunk a command imports when asked for (`await import(…)`: the diff, status and tool
 * export commands, the Markdown, CSV and Canvas Creator code) also imports src/cli/api-canvas.ts,
 * which the command line always runs. esbuild puts code into one chunk per set of chunks that use
 * it, so all the code `api-canvas.ts` reaches, which every start loads, is then one chunk, not a
 * dozen small ones that Node must each resolve, read and link. A chunk imported when asked for
 * exports what its module exports, the default export too.
 * @returns {esbuild.Plugin}
 */
function oneStartChunk() {
  const start = join(root, 'src', 'cli', 'api-canvas.ts')
  const namespace = 'imported-when-asked'
  return {
    name: 'one-start-chunk',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.importer === '<stdin>') return undefined
        const resolved = await build.resolve(args.path, {
          kind: 'import-statement',
          importer: args.importer,
          resolveDir: args.resolveDir,
        })
        if (resolved.errors.length > 0) return { errors: resolved.errors }
        return { path: resolved.path, namespace }
      })
      build.onLoad({ filter: /.*/, namespace }, async (args) => {
        const module = JSON.stringify(args.path)
        const hasDefault = /\bexport\s+default\b|\bas\s+default\b/.test(
          await readFile(args.path, 'utf8'),
        )
        return {
          contents: `import ${JSON.stringify(start)}\nexport * from ${module}\n${
            hasDefault ? `export { default } from ${module}\n` : ''
          }`,
          loader: 'js',
          resolveDir: dirname(args.path),
        }
      })
    },
  }
}

/** The npm packages bundled into `outputs`, each with its license text, for THIRD-PARTY-NOTICES. */
async function thirdPartyNoticesAsync(/** @type {esbuild.Metafile} */ metafile) {
  /** @type {Set<string>} */
  const packages = new Set()
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
      if (match?.[1] !== undefined) packages.add(match[1])
    }
  }
  const notices = []
  for (const name of [...packages].sort()) {
    const folder = join(root, 'node_modules', name)
    /** @type {unknown} */
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'))
    const { version, license } = /** @type {{ version: string, license: string }} */ (manifest)
    const text = await readFile(join(folder, 'LICENSE'), 'utf8').catch(() =>
      readFile(join(folder, 'license'), 'utf8').catch(() => `License: ${license}`),
    )
    notices.push(`${name}@${version} (${license})\n\n${text.trim()}\n`)
  }
  return `api-canvas bundles these npm packages; their licenses follow.\n\n${notices.join('\n---\n\n')}`
}

/**
 * Writes `bytes` to `path` unless it already holds them, through a temporary file and a rename.
 * @param {string} path
 * @param {Uint8Array} bytes
 */
async function writeIfChangedAsync(path, bytes) {
  const current = await readFile(path).catch(() => undefined)
  if (current !== undefined && Buffer.compare(current, bytes) === 0) return
  const temporary = `${path}.${String(process.pid)}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, path)
}

/**
 * Bundles the command line into bin/dist/: `api-canvas.js` and the chunks it imports
 * per command and format, the method data's JSON files and THIRD-PARTY-NOTICES; no dependency is left to install. The build is
 * deterministic and only changed files are written (each atomically), so a build running while
 * another process runs the command line (tests in parallel) never leaves it a missing file.
 * @returns the size of each file in dist/, in bytes, by path relative to bin/
 */
export async function buildCliAsync() {
  /** @type {Map<string, string>} */
  const jsonFiles = new Map()
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'api-canvas.js', loader: 'js' },
    outdir,
    entryNames: 'api-canvas',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // ES module builds first: jsonc-parser's `main` is a UMD build whose `require` calls a bundle
    // cannot follow.
    mainFields: ['module', 'main'],
    target: 'node22',
    minify: true,
    legalComments: 'none',
    // CommonJS dependencies (yaml's Node build) still `require` Node's own modules; an ES module
    // has no `require`, so each chunk gets one from `createRequire`.
    banner: {
      js: "import { createRequire as createRequireOfChunk } from 'node:module'\nconst require = createRequireOfChunk(import.meta.url)",
    },
    metafile: true,
    write: false,
    // intl-messageformat without its ICU parser: the catalogues are parsed at build time.
    alias: LOCALE_ALIAS,
    plugins: [lazyJsonFiles(jsonFiles), messageFormat(), oneStartChunk()],
    logLevel: 'warning',
  })
  const notices = await thirdPartyNoticesAsync(result.metafile)
  const files = [
    ...result.outputFiles.map((file) => ({ path: file.path, bytes: file.contents })),
    { path: join(outdir, 'THIRD-PARTY-NOTICES'), bytes: new TextEncoder().encode(notices) },
    ...[...jsonFiles].map(([name, json]) => ({
      path: join(outdir, name),
      bytes: new TextEncoder().encode(json),
    })),
  ]
  await mkdir(outdir, { recursive: true })
  for (const file of files) {
    await writeIfChangedAsync(file.path, file.bytes)
  }
  const kept = new Set(files.map((file) => file.path))
  for (const name of await readdir(outdir)) {
    if (!kept.has(join(outdir, name))) await rm(join(outdir, name), { force: true })
  }
  return Object.fromEntries(
    files.map((file) => [relative(packageFolder, file.path), file.bytes.length]),
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await buildCliAsync()
  const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0)
  process.stdout.write(
    `bin/dist: ${String(Object.keys(sizes).length)} files, ${total.toLocaleString('en')} bytes\n`,
  )
}
