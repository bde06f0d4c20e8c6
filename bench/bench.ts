import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

/**
 * `npm run bench`: bundles bench/run-bench.ts with esbuild, as the plugin itself is built (tsx
 * would wrap every function in a name-keeping helper that the plugin does not pay for), into
 * out/bench/, then runs it with `--expose-gc`; the results go to bench/results.md.
 */
const outfile = fileURLToPath(new URL('../out/bench/run-bench.mjs', import.meta.url))
await build({
  entryPoints: [fileURLToPath(new URL('run-bench.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  outfile,
  external: ['prettier'],
  logLevel: 'warning',
})
const results = fileURLToPath(new URL('results.md', import.meta.url))
const run = spawnSync(process.execPath, ['--expose-gc', outfile, results], { stdio: 'inherit' })
process.exitCode = run.status ?? 1
