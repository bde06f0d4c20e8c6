import type { SelfTestFactId } from '../model/self-test-facts'
import type { SelfTestValues } from '../model/self-test-report'
import type { FigJamPort, PortSceneNode, PortSection, PortSticky } from './figjam-port'
import { BARE_RELAUNCH_DATA } from './place-canvases-async'
import { PLUGIN_DATA_ENTRY_LIMIT, PLUGIN_DATA_NAMESPACE } from './plugin-data'
import { loadFontAsync } from './plugin-fonts'
import { writeLayerText } from './text-writes'

/** How to check one platform fact (`SELF_TEST_FACTS`) on nodes inside the scratch section. */
export interface SelfTestProbe {
  id: SelfTestFactId
  /**
   * Checks the fact; resolves to whether it holds and what was seen (raw values: numbers, node
   * ids, names, which the panel words, `SELF_TEST_FACTS`), or throws when FigJam refuses a step.
   * Nodes it makes go inside `scratch` (removed with it) or are removed by the probe.
   */
  runAsync(figma: FigJamPort, scratch: PortSection): Promise<ProbeResult>
}

/** What a probe found: whether the fact holds, and what was seen. */
export interface ProbeResult {
  holds: boolean
  seen: SelfTestValues
}

/** `yes` or `no`, for a message's `select`. */
function yesNo(value: boolean): 'yes' | 'no' {
  return value ? 'yes' : 'no'
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
      const loaded = await loadFontAsync(figma, font)
      scratch.appendChild(node)
      return { holds: true, seen: { font: loaded.label } }
    },
  }
}

/** Text of the probes' stickies, in no language: the plugin's name and long text to wrap. */
const SHORT_TEXT = 'API Canvas'
const LONG_TEXT = 'APIOps Cycles · API Canvas · '.repeat(12)

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
      const short = await stickyIn(figma, scratch, SHORT_TEXT)
      const long = await stickyIn(figma, scratch, LONG_TEXT)
      return {
        holds: long.width === short.width && long.height > short.height,
        seen: {
          shortWidth: short.width,
          shortHeight: short.height,
          longWidth: long.width,
          longHeight: long.height,
        },
      }
    },
  },
  {
    id: 'connector-ends',
    runAsync: async (figma, scratch) => {
      const from = await stickyIn(figma, scratch, SHORT_TEXT)
      const to = await stickyIn(figma, scratch, SHORT_TEXT)
      const connector = figma.createConnector()
      try {
        connector.connectorLineType = 'ELBOWED'
        connector.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
        connector.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
        const start = connector.connectorStart
        const end = connector.connectorEnd
        return {
          holds:
            'endpointNodeId' in start &&
            start.endpointNodeId === from.id &&
            'endpointNodeId' in end &&
            end.endpointNodeId === to.id,
          seen: { start: JSON.stringify(start), end: JSON.stringify(end) },
        }
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
      return Promise.resolve({
        holds: outer !== null && box !== null && box.x === outer.x + 40 && box.y === outer.y + 60,
        seen: {
          childX: String(box?.x),
          childY: String(box?.y),
          sectionX: String(outer?.x),
          sectionY: String(outer?.y),
        },
      })
    },
  },
  {
    id: 'find-all-reach',
    runAsync: async (figma, scratch) => {
      const middle = figma.createSection()
      scratch.appendChild(middle)
      const inner = figma.createSection()
      middle.appendChild(inner)
      const sticky = await stickyIn(figma, inner, SHORT_TEXT)
      const found = scratch.findAllWithCriteria({ types: ['STICKY'] }).map((node) => node.id)
      const deep = found.includes(sticky.id)
      return { holds: deep, seen: { count: found.length, deep: yesNo(deep) } }
    },
  },
  {
    id: 'removed-node',
    runAsync: async (figma, scratch) => {
      const sticky = await stickyIn(figma, scratch, SHORT_TEXT)
      const id = sticky.id
      sticky.remove()
      const found = await figma.getNodeByIdAsync(id)
      return { holds: found === null, seen: { type: found?.type ?? 'none' } }
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
      const same = shared === value && own === value
      return Promise.resolve({
        holds: same,
        seen: { length: value.length, same: yesNo(same), shared, own },
      })
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
      return Promise.resolve({
        holds: kept === fits.length && refused,
        seen: { kept, tooLarge: 150_000, refused: yesNo(refused) },
      })
    },
  },
  {
    id: 'relaunch-data',
    runAsync: (_figma, scratch) => {
      scratch.setRelaunchData(BARE_RELAUNCH_DATA)
      const read = scratch.getRelaunchData()
      const same = JSON.stringify(read) === JSON.stringify(BARE_RELAUNCH_DATA)
      return Promise.resolve({
        holds: same,
        seen: {
          same: yesNo(same),
          commands: Object.keys(read).join(', '),
          read: JSON.stringify(read),
        },
      })
    },
  },
  {
    id: 'zoom-limits',
    runAsync: (figma) => {
      const seen = [0.02, 1].map((zoom) => {
        figma.viewport.zoom = zoom
        return figma.viewport.zoom
      })
      return Promise.resolve({
        holds: Math.abs((seen[0] ?? 0) - 0.02) < 1e-6 && seen[1] === 1,
        seen: { low: seen[0] ?? Number.NaN, high: seen[1] ?? Number.NaN },
      })
    },
  },
]
