import type { SelfTestFactId } from '../model/self-test-facts'
import type { FigJamPort, PortSceneNode, PortSection, PortSticky } from './figjam-port'
import { CANVAS_RELAUNCH_DATA } from './place-canvases-async'
import { PLUGIN_DATA_ENTRY_LIMIT, PLUGIN_DATA_NAMESPACE } from './plugin-data'
import { loadFontAsync } from './plugin-fonts'
import { writeLayerText } from './text-writes'

/** How to check one platform fact (`SELF_TEST_FACTS`) on nodes inside the scratch section. */
export interface SelfTestProbe {
  id: SelfTestFactId
  /**
   * Checks the fact; resolves to what was seen, or throws an Error saying what was seen instead.
   * Nodes it makes go inside `scratch` (removed with it) or are removed by the probe.
   */
  runAsync(figma: FigJamPort, scratch: PortSection): Promise<string>
}

function check(holds: boolean, seen: string): void {
  if (!holds) throw new Error(seen)
}

function fontLabel(font: FontName | PluginAPI['mixed']): string {
  return typeof font === 'symbol' ? 'mixed fonts' : `${font.family} ${font.style}`
}

/** A new sticky inside `scratch`, its font loaded first, with `text` written. */
async function stickyIn(
  figma: FigJamPort,
  scratch: PortSection,
  text: string,
): Promise<PortSticky> {
  const sticky = figma.createSticky()
  const font = await loadFontAsync(figma, sticky.text.fontName)
  scratch.appendChild(sticky)
  writeLayerText(sticky.text, font, text)
  return sticky
}

/**
 * The fact that a new node's text has one font, which loads: read from the node `create` makes,
 * loaded, then the node appended to the scratch section.
 */
function fontProbe(
  id: SelfTestFactId,
  create: (figma: FigJamPort) => { node: PortSceneNode; font: FontName | PluginAPI['mixed'] },
): SelfTestProbe {
  return {
    id,
    runAsync: async (figma, scratch) => {
      const { node, font } = create(figma)
      await loadFontAsync(figma, font)
      scratch.appendChild(node)
      return fontLabel(font)
    },
  }
}

const LONG_TEXT = 'The sticky grows with its text. '.repeat(12)

/** Every fact the plugin relies on, in the order the self-test checks them. */
export const SELF_TEST_PROBES: readonly SelfTestProbe[] = [
  fontProbe('sticky-font', (figma) => {
    const sticky = figma.createSticky()
    return { node: sticky, font: sticky.text.fontName }
  }),
  fontProbe('text-font', (figma) => {
    const text = figma.createText()
    return { node: text, font: text.fontName }
  }),
  fontProbe('shape-font', (figma) => {
    const shape = figma.createShapeWithText()
    return { node: shape, font: shape.text.fontName }
  }),
  {
    id: 'sticky-height',
    runAsync: async (figma, scratch) => {
      const short = await stickyIn(figma, scratch, 'Short')
      const long = await stickyIn(figma, scratch, LONG_TEXT)
      const sizes = `${String(short.width)}×${String(short.height)} px, then ${String(long.width)}×${String(long.height)} px`
      check(long.width === short.width && long.height > short.height, sizes)
      return sizes
    },
  },
  {
    id: 'connector-ends',
    runAsync: async (figma, scratch) => {
      const from = await stickyIn(figma, scratch, 'From')
      const to = await stickyIn(figma, scratch, 'To')
      const connector = figma.createConnector()
      try {
        connector.connectorLineType = 'ELBOWED'
        connector.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
        connector.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
        const start = connector.connectorStart
        const end = connector.connectorEnd
        const seen = `start ${JSON.stringify(start)}, end ${JSON.stringify(end)}`
        check(
          'endpointNodeId' in start &&
            start.endpointNodeId === from.id &&
            'endpointNodeId' in end &&
            end.endpointNodeId === to.id,
          seen,
        )
        return seen
      } finally {
        connector.remove()
      }
    },
  },
  {
    id: 'section-nesting',
    runAsync: (figma, scratch) => {
      const inner = figma.createSection()
      scratch.appendChild(inner)
      inner.x = 40
      inner.y = 60
      const outer = scratch.absoluteBoundingBox
      const box = inner.absoluteBoundingBox
      const seen = `child at (${String(box?.x)}, ${String(box?.y)}), section at (${String(outer?.x)}, ${String(outer?.y)})`
      check(
        outer !== null && box !== null && box.x === outer.x + 40 && box.y === outer.y + 60,
        seen,
      )
      return Promise.resolve(seen)
    },
  },
  {
    id: 'find-all-reach',
    runAsync: async (figma, scratch) => {
      const middle = figma.createSection()
      scratch.appendChild(middle)
      const inner = figma.createSection()
      middle.appendChild(inner)
      const sticky = await stickyIn(figma, inner, 'Deep')
      const found = scratch.findAllWithCriteria({ types: ['STICKY'] }).map((node) => node.id)
      check(found.includes(sticky.id), `${String(found.length)} stickies found, not the deep one`)
      return `${String(found.length)} stickies found, the deep one among them`
    },
  },
  {
    id: 'removed-node',
    runAsync: async (figma, scratch) => {
      const sticky = await stickyIn(figma, scratch, 'Gone soon')
      const id = sticky.id
      sticky.remove()
      const found = await figma.getNodeByIdAsync(id)
      check(found === null, `a ${found?.type ?? ''} node came back`)
      return 'null'
    },
  },
  {
    id: 'plugin-data',
    runAsync: (_figma, scratch) => {
      const value = JSON.stringify({ text: 'Ünïcödé ✓ 🧪', at: [1, 2] })
      scratch.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'selfTest', value)
      scratch.setPluginData('selfTest', value)
      const shared = scratch.getSharedPluginData(PLUGIN_DATA_NAMESPACE, 'selfTest')
      const own = scratch.getPluginData('selfTest')
      scratch.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'selfTest', '')
      scratch.setPluginData('selfTest', '')
      check(shared === value && own === value, `read back ${shared} and ${own}`)
      return Promise.resolve(`${String(value.length)} characters, both ways`)
    },
  },
  {
    id: 'plugin-data-limit',
    runAsync: (_figma, scratch) => {
      const key = 'selfTest'
      const fits = 'x'.repeat(PLUGIN_DATA_ENTRY_LIMIT - 1_000)
      scratch.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, fits)
      const kept = scratch.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key).length
      let refused = false
      try {
        scratch.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, 'x'.repeat(150_000))
      } catch {
        refused = true
      }
      scratch.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '')
      const seen = `${String(kept)} characters kept; 150,000 ${refused ? 'refused' : 'accepted'}`
      check(kept === fits.length && refused, seen)
      return Promise.resolve(seen)
    },
  },
  {
    id: 'relaunch-data',
    runAsync: (_figma, scratch) => {
      scratch.setRelaunchData(CANVAS_RELAUNCH_DATA)
      const read = scratch.getRelaunchData()
      const seen = JSON.stringify(read)
      check(seen === JSON.stringify(CANVAS_RELAUNCH_DATA), seen)
      return Promise.resolve(Object.keys(read).join(', '))
    },
  },
  {
    id: 'zoom-limits',
    runAsync: (figma) => {
      const seen = [0.02, 1].map((zoom) => {
        figma.viewport.zoom = zoom
        return figma.viewport.zoom
      })
      check(Math.abs((seen[0] ?? 0) - 0.02) < 1e-6 && seen[1] === 1, `read back ${seen.join(', ')}`)
      return Promise.resolve(`read back ${seen.join(' and ')}`)
    },
  },
]
