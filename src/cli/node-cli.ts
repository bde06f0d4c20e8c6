import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import { type CliIo, runCliAsync } from './api-canvas'

/** The command line's files and streams in Node: UTF-8 files, `process.stdout` and `process.stderr`. */
export const nodeCliIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  },
  readTextFileAsync: (path) => readFile(path, 'utf8'),
  writeTextFileAsync: async (path, text) => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text, 'utf8')
  },
}

/**
 * Runs `api-canvas` in this Node process (bin/api-canvas.js calls it) and sets
 * `process.exitCode`, so pending output is written before Node exits. A reader that closes
 * standard output early (`| head`) ends the run quietly.
 */
export async function runNodeCliAsync(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  process.exitCode = await runCliAsync(argv, nodeCliIo)
}
