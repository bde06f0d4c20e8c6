import { mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

import { translator } from '../locale/translator'
import { runCliAsync } from './api-canvas'
import { describeFileError } from './cli-files'
import { type CliIo, EXIT_UNUSABLE } from './cli-io'
import { messageLocale } from './message-locale'

/** Reads at most `limit` bytes of standard input. */
async function readStdinAsync(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    chunks.push(buffer)
    length += buffer.length
    if (length >= limit) break
  }
  return Buffer.concat(chunks).subarray(0, limit)
}

/** Reads at most `limit` bytes of a file, so a huge file costs no more than that. */
async function readHeadAsync(path: string, limit: number): Promise<Uint8Array> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    const buffer = Buffer.alloc(Math.min(size, limit))
    let offset = 0
    while (offset < buffer.length) {
      const { bytesRead } = await file.read(buffer, offset, buffer.length - offset, offset)
      if (bytesRead === 0) break
      offset += bytesRead
    }
    return buffer.subarray(0, offset)
  } finally {
    await file.close()
  }
}

async function statOrNullAsync(path: string): Promise<{ dev: number; ino: number } | null> {
  try {
    return await stat(path)
  } catch {
    return null
  }
}

/** The command line's files and streams in Node: UTF-8 files, `process.stdout` and `process.stderr`. */
export const nodeCliIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  },
  readFileAsync: (path, maxBytes) =>
    path === '-' ? readStdinAsync(maxBytes + 1) : readHeadAsync(path, maxBytes + 1),
  writeTextFileAsync: async (path, text) => {
    await mkdir(dirname(path), { recursive: true })
    const { randomBytes } = await import('node:crypto')
    const temporary = join(
      dirname(path),
      `.${basename(path)}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`,
    )
    try {
      await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' })
      await rename(temporary, path)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw error
    }
  },
  sameFileAsync: async (a, b) => {
    if (resolve(a) === resolve(b)) return true
    const [first, second] = await Promise.all([statOrNullAsync(a), statOrNullAsync(b)])
    return first !== null && second !== null && first.dev === second.dev && first.ino === second.ino
  },
}

/**
 * Runs `api-canvas` in this Node process (bin/api-canvas.js calls it) and sets
 * `process.exitCode`, so pending output is written before Node exits. A reader that closes
 * standard output early (`| head`) ends the run quietly; any other failure to write standard
 * output (a full disk) is said in one line, exit status 2. The command line's own words follow
 * `--locale`, else the environment's `LC_ALL`, `LC_MESSAGES` or `LANG` (`messageLocale`).
 */
export async function runNodeCliAsync(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    const t = translator(messageLocale(argv, process.env))
    const line = t('cli.cannotWriteStandardOutput', { reason: describeFileError(error, t) })
    process.stderr.write(`api-canvas: ${line}\n`)
    process.exit(EXIT_UNUSABLE)
  })
  process.exitCode = await runCliAsync(argv, nodeCliIo, process.env)
}
