import { execFile } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const ROOT = resolve(import.meta.dirname, '../..')
/** The panel bundle create-figma-plugin builds from `figma-plugin.ui` (src/ui.tsx). */
export const UI_BUNDLE_PATH = join(ROOT, 'build', 'ui.js')

async function newestModifiedMsAsync(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.d.ts'))
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  )
  return Math.max(0, ...times)
}

async function modifiedMsAsync(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs
  } catch {
    return null
  }
}

/**
 * The text of build/ui.js, built first with `build-figma-plugin --minify` when it is missing or
 * older than a file in src/ or package.json. This is the script Figma puts in the panel's
 * iframe as `__html__`.
 */
export async function readUiBundleAsync(): Promise<string> {
  const built = await modifiedMsAsync(UI_BUNDLE_PATH)
  const sources = Math.max(
    await newestModifiedMsAsync(join(ROOT, 'src')),
    (await modifiedMsAsync(join(ROOT, 'package.json'))) ?? 0,
  )
  if (built === null || built < sources) {
    await promisify(execFile)('npx', ['build-figma-plugin', '--minify'], { cwd: ROOT })
  }
  return readFile(UI_BUNDLE_PATH, 'utf8')
}
