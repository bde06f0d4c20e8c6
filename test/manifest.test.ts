import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { expect, test } from 'vitest'
import * as z from 'zod/mini'

import { loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'

const root = new URL('..', import.meta.url)
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'))

const pluginConfigSchema = z.object({
  'figma-plugin': z.object({
    id: z.string(),
    name: z.string(),
    editorType: z.array(z.string()),
    documentAccess: z.string(),
    networkAccess: z.object({ allowedDomains: z.array(z.string()) }),
    relaunchButtons: z.record(z.string(), z.object({ name: z.string() })),
  }),
})

const manifestSchema = z.object({
  api: z.string(),
  id: z.string(),
  name: z.string(),
  main: z.string(),
  ui: z.string(),
  editorType: z.array(z.string()),
  documentAccess: z.string(),
  networkAccess: z.object({ allowedDomains: z.array(z.string()) }),
  relaunchButtons: z.array(z.object({ command: z.string(), name: z.string() })),
})

test('manifest.json says what package.json configures: a FigJam plugin with no network', () => {
  const config = pluginConfigSchema.parse(readJson('package.json'))['figma-plugin']
  const manifest = manifestSchema.parse(readJson('manifest.json'))
  expect(manifest.editorType).toEqual(['figjam'])
  expect(manifest.documentAccess).toBe('dynamic-page')
  expect(manifest.networkAccess).toEqual({ allowedDomains: ['none'] })
  expect(manifest).toMatchObject({
    id: config.id,
    name: config.name,
    editorType: config.editorType,
    documentAccess: config.documentAccess,
    networkAccess: config.networkAccess,
    main: 'build/main.js',
    ui: 'build/ui.js',
  })
  expect(manifest.relaunchButtons).toEqual(
    Object.entries(config.relaunchButtons).map(([command, button]) => ({
      command,
      name: button.name,
    })),
  )
})

test('every relaunch button the plugin sets on a board is declared in manifest.json', async () => {
  const { figma } = await runWorkshopAsync(loadSampleWorkshop())
  const commandsSet = new Set(
    figma
      .allNodes()
      .flatMap((node) => (node.nodeType === 'SECTION' ? Object.keys(node.state.relaunchData) : [])),
  )
  const declared = manifestSchema
    .parse(readJson('manifest.json'))
    .relaunchButtons.map((button) => button.command)
  expect(commandsSet.size).toBeGreaterThan(0)
  expect([...commandsSet].filter((command) => !declared.includes(command))).toEqual([])
})

test('the committed manifest.json is the one the build makes (run `npm run build` and commit it)', () => {
  const committed = execFileSync('git', ['show', 'HEAD:manifest.json'], {
    cwd: root,
    encoding: 'utf8',
  })
  expect(readFileSync(new URL('manifest.json', root), 'utf8')).toBe(committed)
})
