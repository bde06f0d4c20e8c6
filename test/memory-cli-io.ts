import type { CliIo } from '../src/cli/cli-io'

/**
 * A `CliIo` over `files` (path → text) that writes nowhere: reading another path fails as a
 * missing file does, writing fails, and `out` collects what the command line prints.
 */
export function memoryIo(files: Record<string, string>): {
  io: CliIo
  out: { stdout: string; stderr: string }
} {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    readFileAsync: (path) => {
      const text = files[path]
      return text === undefined
        ? Promise.reject(new Error('ENOENT'))
        : Promise.resolve(new TextEncoder().encode(text))
    },
    writeTextFileAsync: () => Promise.reject(new Error('read-only')),
    sameFileAsync: (a, b) => Promise.resolve(a === b),
  }
  return { io, out }
}
