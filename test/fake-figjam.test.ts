import { describe, expect, it } from 'vitest'

import type { FigJamPort, PortSceneNode } from '../src/board/figjam-port'
import { createFakeFigJam } from './fake-figjam/fake-figjam'
import { renderBoardSvg } from './fake-figjam/render-board-svg'

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' }
const INTER_REGULAR = { family: 'Inter', style: 'Regular' }
/** For tests of geometry: text writes still need fonts, appending and resizing do not. */
const GEOMETRY_ONLY = { readings: { fontsGuardNodes: false } }
/** For tests of attaching: new connectors elbowed, so AUTO magnets are allowed. */
const ELBOWED = { readings: { newConnectorLineType: 'ELBOWED' } } as const
const YELLOW = { r: 1, g: 0xe2 / 255, b: 0x99 / 255 }

describe('fonts', () => {
  it('loads only available fonts and counts every load per font', async () => {
    const fake = createFakeFigJam()
    await fake.loadFontAsync(INTER_MEDIUM)
    await fake.loadFontAsync(INTER_MEDIUM)
    await expect(fake.loadFontAsync({ family: 'Comic Sans', style: 'Bold' })).rejects.toThrow(
      'The font "Comic Sans Bold" could not be loaded',
    )
    expect(fake.fontLoads.get('Inter Medium')).toBe(2)
    expect(fake.fontLoads.get('Comic Sans Bold')).toBe(1)
  })

  it('offers the fonts it is given instead of Inter', async () => {
    const fake = createFakeFigJam({ availableFonts: [{ family: 'Roboto', style: 'Regular' }] })
    await fake.loadFontAsync({ family: 'Roboto', style: 'Regular' })
    await expect(fake.loadFontAsync(INTER_MEDIUM)).rejects.toThrow('could not be loaded')
  })

  it('refuses sticky text before Inter Medium is loaded, in Figma words', async () => {
    const fake = createFakeFigJam()
    const sticky = fake.createSticky()
    expect(() => (sticky.text.characters = 'A pain')).toThrow(
      'in set_characters: Cannot write to node with unloaded font "Inter Medium". Please call ' +
        'figma.loadFontAsync({ family: "Inter", style: "Medium" }) and await the returned promise first.',
    )
    await fake.loadFontAsync(sticky.text.fontName)
    sticky.text.characters = 'A pain'
    expect(sticky.text.characters).toBe('A pain')
  })

  it('treats a font as loaded only once the load has resolved', () => {
    const fake = createFakeFigJam()
    const sticky = fake.createSticky()
    void fake.loadFontAsync(INTER_MEDIUM)
    expect(() => (sticky.text.characters = 'too early')).toThrow('unloaded font "Inter Medium"')
  })

  it('loads every style of a family when no style is given', async () => {
    const fake = createFakeFigJam()
    await fake.loadFontAsync({ family: 'Inter' })
    const text = fake.createText()
    text.characters = 'Title'
    text.fontName = { family: 'Inter', style: 'Bold' }
    expect(text.fontName).toEqual({ family: 'Inter', style: 'Bold' })
  })

  it('refuses shape text and text-node writes until their font is loaded', async () => {
    const fake = createFakeFigJam()
    const shape = fake.createShapeWithText()
    const text = fake.createText()
    expect(shape.text.fontName).toEqual(INTER_MEDIUM)
    expect(() => (shape.text.characters = 'x')).toThrow('unloaded font "Inter Medium"')
    expect(() => (shape.text.fontSize = 28)).toThrow('in set_fontSize: Cannot write')
    expect(() => (text.characters = 'x')).toThrow('unloaded font "Inter Regular"')
    expect(() => (text.fontSize = 20)).toThrow('in set_fontSize: Cannot write')
    expect(() => (text.textAutoResize = 'HEIGHT')).toThrow('in set_textAutoResize: Cannot write')
    await fake.loadFontAsync(INTER_REGULAR)
    text.characters = 'x'
    text.fontSize = 20
    expect(text.fontSize).toBe(20)
    await fake.loadFontAsync(INTER_MEDIUM)
    shape.text.fontSize = 28
    expect(shape.text.fontSize).toBe(28)
    expect(() => (shape.text.fontSize = 0)).toThrow('in set_fontSize')
  })

  it('needs the new font, not the old one, to set fontName (TextNode.fontName docs)', async () => {
    const fake = createFakeFigJam()
    const text = fake.createText()
    expect(() => (text.fontName = { family: 'Inter', style: 'Bold' })).toThrow(
      'in set_fontName: Cannot write to node with unloaded font "Inter Bold"',
    )
    await fake.loadFontAsync({ family: 'Inter', style: 'Bold' })
    text.fontName = { family: 'Inter', style: 'Bold' }
    expect(() => (text.characters = 'bold')).not.toThrow()
    expect(() => (text.fontName = INTER_REGULAR)).toThrow('unloaded font "Inter Regular"')
  })

  it('reports a font that is not available as missing', () => {
    const fake = createFakeFigJam({ availableFonts: [INTER_REGULAR] })
    expect(fake.createSticky().text.hasMissingFont).toBe(true)
  })
})

describe('coordinates', () => {
  it('keeps x/y relative to the parent section and computes absolute bounds from the chain', () => {
    const fake = createFakeFigJam(GEOMETRY_ONLY)
    const canvas = fake.createSection()
    canvas.x = 1000
    canvas.y = 500
    canvas.resizeWithoutConstraints(2000, 1000)
    const area = fake.createSection()
    canvas.appendChild(area)
    area.x = 100
    area.y = 50
    const sticky = fake.createSticky()
    area.appendChild(sticky)
    sticky.x = 10
    sticky.y = 20
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1110, y: 570, width: 240, height: 240 })
    canvas.x = 0
    expect(sticky.absoluteBoundingBox.x).toBe(110)
  })

  it('keeps x/y on appendChild, so the node jumps by the new parent origin', () => {
    const fake = createFakeFigJam(GEOMETRY_ONLY)
    const section = fake.createSection()
    section.x = 300
    section.y = 400
    const sticky = fake.createSticky()
    sticky.x = 50
    sticky.y = 60
    section.appendChild(sticky)
    expect([sticky.x, sticky.y]).toEqual([50, 60])
    expect(sticky.absoluteBoundingBox).toMatchObject({ x: 350, y: 460 })
    expect(section.children).toEqual([sticky])
    expect(fake.currentPage.children).toEqual([section])
  })

  it('does not reparent a node moved over a section in code', () => {
    const fake = createFakeFigJam()
    const section = fake.createSection()
    section.resizeWithoutConstraints(1000, 1000)
    const sticky = fake.createSticky()
    sticky.x = 100
    sticky.y = 100
    expect(section.children).toEqual([])
    expect(fake.currentPage.children).toEqual([section, sticky])
  })

  it('refuses to append a section to itself or to its own descendant', () => {
    const fake = createFakeFigJam()
    const outer = fake.createSection()
    const inner = fake.createSection()
    outer.appendChild(inner)
    expect(() => {
      outer.appendChild(outer)
    }).toThrow('into itself or one of its descendants')
    expect(() => {
      inner.appendChild(outer)
    }).toThrow('into itself or one of its descendants')
  })

  it('refuses nodes of another board', () => {
    const fake = createFakeFigJam()
    const other = createFakeFigJam().createSticky()
    expect(() => {
      fake.currentPage.appendChild(other)
    }).toThrow('Expected a node of this document')
  })

  it('refuses positions that are not finite numbers', () => {
    const sticky = createFakeFigJam().createSticky()
    expect(() => (sticky.x = Number.NaN)).toThrow('in set_x')
  })
})

describe('stickies', () => {
  it('are created 240×240 at (0, 0) on the page, yellow, in Inter Medium, by the user', () => {
    const fake = createFakeFigJam({ userName: 'Grace' })
    const sticky = fake.createSticky()
    expect(sticky.type).toBe('STICKY')
    expect([sticky.x, sticky.y, sticky.width, sticky.height]).toEqual([0, 0, 240, 240])
    expect(sticky.fills).toEqual([expect.objectContaining({ type: 'SOLID', color: YELLOW })])
    expect(sticky.text.fontName).toEqual(INTER_MEDIUM)
    expect(sticky.authorName).toBe('Grace')
    expect(sticky.authorVisible).toBe(true)
    expect(fake.currentPage.children).toEqual([sticky])
  })

  it('are 416 wide with isWideWidth and grow in height with their text', async () => {
    const fake = createFakeFigJam()
    await fake.loadFontAsync(INTER_MEDIUM)
    const sticky = fake.createSticky()
    sticky.isWideWidth = true
    expect(sticky.width).toBe(416)
    sticky.text.characters = 'word '.repeat(200)
    expect(sticky.height).toBeGreaterThan(240)
    sticky.text.characters = 'short'
    expect(sticky.height).toBe(240)
  })

  it('cannot be resized', () => {
    const sticky = createFakeFigJam().createSticky()
    expect(Reflect.set(sticky, 'width', 500)).toBe(false)
    expect(Reflect.has(sticky, 'resize')).toBe(false)
    expect(sticky.width).toBe(240)
  })

  it('hand out frozen fills that only a new array replaces', () => {
    const sticky = createFakeFigJam().createSticky()
    expect(Object.isFrozen(sticky.fills)).toBe(true)
    sticky.fills = [{ type: 'SOLID', color: { r: 0.7, g: 0.94, b: 0.74 } }]
    expect(sticky.fills[0]).toMatchObject({ color: { r: 0.7, g: 0.94, b: 0.74 } })
    expect(() => (sticky.fills = [{ type: 'SOLID', color: { r: 2, g: 0, b: 0 } }])).toThrow(
      'in set_fills',
    )
  })
})

describe('sections, text and shapes', () => {
  it('creates sections 100×100, white, named "Section", on the page; they nest', () => {
    const fake = createFakeFigJam()
    const section = fake.createSection()
    expect([section.name, section.width, section.height]).toEqual(['Section', 100, 100])
    expect(section.fills).toEqual([
      expect.objectContaining({ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }),
    ])
    section.resizeWithoutConstraints(800, 600)
    expect([section.width, section.height]).toEqual([800, 600])
    const inner = fake.createSection()
    section.appendChild(inner)
    expect(fake.allNodes()).toEqual([section, inner])
    expect(() => {
      section.resizeWithoutConstraints(0, 10)
    }).toThrow('at least 0.01')
  })

  it('records relaunch data, each call replacing the last', () => {
    const section = createFakeFigJam().createSection()
    section.setRelaunchData({ 'check-fit': 'Check fit', export: '' })
    section.setRelaunchData({ export: 'Export the canvas' })
    expect(section.state.relaunchData).toEqual({ export: 'Export the canvas' })
    expect(() => {
      section.setRelaunchData({ export: 'x'.repeat(1001) })
    }).toThrow('longer than 1000 characters')
  })

  it('sizes text nodes to their text until resize fixes the width', async () => {
    const fake = createFakeFigJam()
    await fake.loadFontAsync(INTER_REGULAR)
    const text = fake.createText()
    expect([text.fontName, text.fontSize, text.textAutoResize]).toEqual([
      INTER_REGULAR,
      12,
      'WIDTH_AND_HEIGHT',
    ])
    text.characters = 'A prompt that is quite long for one line'
    const oneLine = text.height
    expect(text.width).toBeGreaterThan(200)
    text.resize(100, oneLine)
    expect(text.textAutoResize).toBe('NONE')
    text.textAutoResize = 'HEIGHT'
    expect(text.width).toBe(100)
    expect(text.height).toBeGreaterThan(oneLine)
  })

  it('creates shapes with text that take a shape type and a size', async () => {
    const fake = createFakeFigJam()
    await fake.loadFontAsync(INTER_MEDIUM)
    const shape = fake.createShapeWithText()
    shape.shapeType = 'ROUNDED_RECTANGLE'
    shape.resize(300, 80)
    shape.text.characters = 'A'
    expect([shape.type, shape.shapeType, shape.width, shape.height]).toEqual([
      'SHAPE_WITH_TEXT',
      'ROUNDED_RECTANGLE',
      300,
      80,
    ])
  })
})

describe('connectors', () => {
  it('attach to stickies, shapes and text nodes by id', () => {
    const fake = createFakeFigJam(ELBOWED)
    const from = fake.createSticky()
    const to = fake.createShapeWithText()
    const connector = fake.createConnector()
    connector.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
    expect(connector.connectorStart).toEqual({ endpointNodeId: from.id, magnet: 'AUTO' })
    expect(fake.attachedConnectors(from)).toEqual([connector])
  })

  it('refuse sections, connectors and unknown ids as ends', () => {
    const fake = createFakeFigJam(ELBOWED)
    const section = fake.createSection()
    const other = fake.createConnector()
    const connector = fake.createConnector()
    expect(
      () => (connector.connectorStart = { endpointNodeId: section.id, magnet: 'AUTO' }),
    ).toThrow('Cannot attach a connector to a SECTION node')
    expect(() => (connector.connectorEnd = { endpointNodeId: other.id, magnet: 'AUTO' })).toThrow(
      'Cannot attach a connector to a CONNECTOR node',
    )
    expect(() => (connector.connectorEnd = { endpointNodeId: '9:99', magnet: 'AUTO' })).toThrow(
      'does not exist',
    )
  })

  it('refuse a removed node as an end, and keep the id of an end removed later', () => {
    const fake = createFakeFigJam(ELBOWED)
    const gone = fake.createSticky()
    const kept = fake.createSticky()
    gone.remove()
    const connector = fake.createConnector()
    expect(() => (connector.connectorStart = { endpointNodeId: gone.id, magnet: 'AUTO' })).toThrow(
      'does not exist',
    )
    connector.connectorStart = { endpointNodeId: kept.id, magnet: 'AUTO' }
    kept.remove()
    expect(connector.connectorStart).toEqual({ endpointNodeId: kept.id, magnet: 'AUTO' })
  })

  it('are all found by one deep findAllWithCriteria', () => {
    const fake = createFakeFigJam()
    const section = fake.createSection()
    const a = fake.person.addSticky({ text: 'a', x: 0, y: 0, parent: section })
    const b = fake.person.addSticky({ text: 'b', x: 300, y: 0 })
    const onPage = fake.person.connect(a, b)
    const inSection = fake.createConnector()
    section.appendChild(inSection)
    expect(fake.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] })).toEqual([
      inSection,
      onPage,
    ])
  })
})

describe('removal', () => {
  it('removes the node and its subtree; every later touch but removed and id throws', () => {
    const fake = createFakeFigJam(GEOMETRY_ONLY)
    const section = fake.createSection()
    const sticky = fake.createSticky()
    section.appendChild(sticky)
    const text = sticky.text
    section.remove()
    expect([section.removed, sticky.removed]).toEqual([true, true])
    expect(sticky.id).toMatch(/^\d+:\d+$/)
    expect(() => sticky.x).toThrow(`in get_x: The node with id "${sticky.id}" does not exist`)
    expect(() => text.characters).toThrow('does not exist')
    expect(() => {
      sticky.getPluginData('role')
    }).toThrow('in getPluginData: The node with id')
    expect(() => {
      section.remove()
    }).toThrow('in remove: The node with id')
    expect(() => {
      fake.currentPage.appendChild(sticky)
    }).toThrow('does not exist')
    expect(fake.nodeCount()).toBe(0)
  })

  it('resolves ids to nodes, null for unknown and removed ids', async () => {
    const fake = createFakeFigJam()
    const sticky = fake.createSticky()
    expect(await fake.getNodeByIdAsync(sticky.id)).toBe(sticky)
    expect(await fake.getNodeByIdAsync(fake.currentPage.id)).toBe(fake.currentPage)
    expect(await fake.getNodeByIdAsync('77:77')).toBeNull()
    sticky.remove()
    expect(await fake.getNodeByIdAsync(sticky.id)).toBeNull()
  })
})

describe('page', () => {
  it('keeps children in z-order and takes only live nodes on the page as selection', () => {
    const fake = createFakeFigJam(GEOMETRY_ONLY)
    const a = fake.createSticky()
    const b = fake.createSticky()
    const c = fake.createSection()
    c.appendChild(a)
    expect(fake.currentPage.children).toEqual([b, c])
    fake.currentPage.selection = [a, b]
    expect(fake.currentPage.selection).toEqual([a, b])
    b.remove()
    expect(fake.currentPage.selection).toEqual([a])
    expect(() => (fake.currentPage.selection = [b])).toThrow('in set_selection: The node with id')
    const foreign: PortSceneNode = createFakeFigJam().createSticky()
    expect(() => (fake.currentPage.selection = [foreign])).toThrow(
      'Expected a node of this document',
    )
  })
})

describe('viewport, plugin data, undo', () => {
  it('computes bounds from centre, zoom and screen size', () => {
    const fake = createFakeFigJam({ viewportSize: { width: 1000, height: 500 } })
    fake.viewport.center = { x: 2000, y: 1000 }
    fake.viewport.zoom = 0.5
    expect(fake.viewport.bounds).toEqual({ x: 1000, y: 500, width: 2000, height: 1000 })
    expect(() => (fake.viewport.zoom = 0)).toThrow('in set_zoom')
  })

  it('defaults to a 1440×900 screen', () => {
    const fake = createFakeFigJam()
    expect(fake.viewport.bounds).toEqual({ x: -720, y: -450, width: 1440, height: 900 })
  })

  it('stores plugin data per node, empty string when unset', () => {
    const fake = createFakeFigJam()
    const a = fake.createSection()
    const b = fake.createSection()
    a.setPluginData('role', 'canvas')
    expect([a.getPluginData('role'), b.getPluginData('role')]).toEqual(['canvas', ''])
  })

  it('counts commitUndo and keeps skipInvisibleInstanceChildren', () => {
    const fake = createFakeFigJam()
    fake.commitUndo()
    fake.commitUndo()
    fake.skipInvisibleInstanceChildren = true
    expect([fake.undoCommits, fake.skipInvisibleInstanceChildren]).toEqual([2, true])
  })
})

describe('host calls', () => {
  it('counts each read, write and call on the port, and nothing on the test side', async () => {
    const fake = createFakeFigJam()
    const port: FigJamPort = fake
    await port.loadFontAsync(INTER_MEDIUM)
    const sticky = fake.createSticky()
    sticky.text.characters = 'A gain'
    expect(fake.hostCalls).toMatchObject({ reads: 1, writes: 1, calls: 2 })
    expect(fake.hostCalls.byName.get('STICKY.text')).toBe(1)
    expect(fake.hostCalls.byName.get('STICKY.text.characters=')).toBe(1)

    fake.resetHostCalls()
    fake.person.addSticky({ text: 'by hand', x: 0, y: 0, parent: fake.page })
    fake.allNodes()
    fake.attachedConnectors(sticky)
    expect(fake.hostCalls).toMatchObject({ reads: 0, writes: 0, calls: 0 })

    const seen: (string | number)[] = []
    for (const node of port.currentPage.children) {
      if (node.type === 'STICKY') seen.push(node.x, node.y, node.text.characters)
    }
    expect(seen).toEqual([0, 0, 'A gain', 0, 0, 'by hand'])
    expect(fake.hostCalls.reads).toBe(1 + 1 + 2 * (1 + 3 + 1))
    expect(fake.hostCalls.byName.get('STICKY.text.characters')).toBe(2)
  })
})

describe('finding nodes in a section', () => {
  it('lists the stickies or sections at any depth in pre-order with one host call', () => {
    const fake = createFakeFigJam()
    const outer = fake.person.addSection({ name: 'Outer', x: 0, y: 0, width: 2000, height: 900 })
    const first = fake.person.addSticky({ text: 'first', x: 20, y: 20, parent: outer })
    const inner = fake.person.addSection({
      name: 'Inner',
      x: 400,
      y: 20,
      width: 800,
      height: 600,
      parent: outer,
    })
    const nested = fake.person.addSticky({ text: 'nested', x: 420, y: 40, parent: inner })
    const last = fake.person.addSticky({ text: 'last', x: 1300, y: 20, parent: outer })
    fake.person.addText({ text: 'a label', x: 20, y: 400, parent: outer })
    fake.resetHostCalls()

    expect(outer.findAllWithCriteria({ types: ['STICKY'] })).toEqual([first, nested, last])
    expect(outer.findAllWithCriteria({ types: ['SECTION'] })).toEqual([inner])
    expect(inner.findAllWithCriteria({ types: ['SECTION'] })).toEqual([])
    expect(fake.hostCalls).toMatchObject({ reads: 0, writes: 0, calls: 3 })
    fake.person.delete(inner)
    expect(() => inner.findAllWithCriteria({ types: ['STICKY'] })).toThrow('does not exist')
  })
})

describe('fault injection', () => {
  it('fails the chosen create call once after the given number of successes', () => {
    const fake = createFakeFigJam()
    fake.failNext('createSticky', 2)
    fake.createSticky()
    fake.createSticky()
    expect(() => fake.createSticky()).toThrow('in createSticky: Injected failure')
    expect(fake.nodeCount()).toBe(2)
    fake.createSticky()
    expect(fake.nodeCount()).toBe(3)
  })

  it('throws the given error', () => {
    const fake = createFakeFigJam()
    fake.failNext('createSection', 0, new Error('board is read-only'))
    expect(() => fake.createSection()).toThrow('board is read-only')
  })
})

describe('person', () => {
  it('adds stickies without loading fonts, into the section under them unless told', () => {
    const fake = createFakeFigJam()
    const area = fake.person.addSection({ name: 'Pains', x: 1000, y: 0, width: 600, height: 600 })
    const inArea = fake.person.addSticky({ text: 'Slow onboarding', x: 1100, y: 100 })
    const overArea = fake.person.addSticky({
      text: 'On top',
      x: 1100,
      y: 300,
      parent: fake.page,
      color: '#FFA8DB',
      author: 'Ada',
      wide: true,
    })
    expect(inArea.state.parent).toBe(area)
    expect([inArea.state.x, inArea.state.y]).toEqual([100, 100])
    expect(overArea.state.parent).toBe(fake.page)
    expect([overArea.authorName, overArea.isWideWidth, overArea.text.characters]).toEqual([
      'Ada',
      true,
      'On top',
    ])
    expect(fake.fontLoads.size).toBe(0)
  })

  it('drags a node into a section keeping its place on the screen', () => {
    const fake = createFakeFigJam()
    const area = fake.person.addSection({ name: 'Gains', x: 500, y: 500, width: 900, height: 900 })
    const sticky = fake.person.addSticky({ text: 'x', x: 600, y: 700, parent: fake.page })
    fake.person.dragInto(sticky, area)
    expect(sticky.state.parent).toBe(area)
    expect(sticky.absoluteBox()).toMatchObject({ x: 600, y: 700 })
    expect([sticky.state.x, sticky.state.y]).toEqual([100, 200])
    fake.person.moveTo(sticky, 0, 0)
    expect(sticky.state.parent).toBe(area)
    expect([sticky.state.x, sticky.state.y]).toEqual([-500, -500])
  })

  it('deletes, renames, edits and selects like a person in the UI', () => {
    const fake = createFakeFigJam()
    const a = fake.person.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.person.addSticky({ text: 'b', x: 400, y: 0 })
    const link = fake.person.connect(a, b)
    fake.person.rename(a, 'first')
    fake.person.editText(b, 'changed')
    fake.person.select([a, b])
    fake.person.delete(b)
    expect([a.name, b.removed, link.connectorEnd]).toEqual([
      'first',
      true,
      { endpointNodeId: b.id, magnet: 'AUTO' },
    ])
    expect(b.state.text.characters).toBe('changed')
    expect(fake.page.state.selection).toEqual([a])
    expect(() => {
      fake.person.connect(a, fake.person.addSection({ name: 's', x: 0, y: 0, width: 9, height: 9 }))
    }).toThrow('Cannot attach a connector to a SECTION node')
  })
})

describe('groups', () => {
  it('group nodes of one parent in place: x/y stay relative to the parent, bounds are the union', () => {
    const fake = createFakeFigJam()
    const area = fake.person.addSection({ name: 'Pains', x: 1000, y: 500, width: 900, height: 900 })
    const below = fake.person.addSticky({ text: 'below', x: 1000, y: 500, parent: area })
    const a = fake.person.addSticky({ text: 'a', x: 1100, y: 600, parent: area })
    const between = fake.person.addSticky({ text: 'between', x: 1500, y: 1100, parent: area })
    const b = fake.person.addSticky({ text: 'b', x: 1400, y: 700, parent: area })
    fake.resetHostCalls()

    const group = fake.person.group([b, a])
    expect(fake.hostCalls).toMatchObject({ reads: 0, writes: 0, calls: 0 })
    expect(area.state.children).toEqual([below, between, group])
    expect(group.state.children).toEqual([a, b])
    expect([a.x, a.y, b.x, b.y]).toEqual([100, 100, 400, 200])
    expect(a.absoluteBoundingBox).toEqual({ x: 1100, y: 600, width: 240, height: 240 })
    expect(group.absoluteBoundingBox).toEqual({ x: 1100, y: 600, width: 540, height: 340 })
    expect([group.x, group.y, group.width, group.height]).toEqual([100, 100, 540, 340])
    expect([group.type, group.name, group.children]).toEqual(['GROUP', 'Group', [a, b]])
    expect(fake.hostCalls.byName.get('GROUP.children')).toBe(1)
    expect(area.findAllWithCriteria({ types: ['STICKY'] })).toEqual([below, between, a, b])
  })

  it('move their children when moved, and follow them when a child moves', () => {
    const fake = createFakeFigJam()
    const a = fake.person.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.person.addSticky({ text: 'b', x: 300, y: 0 })
    const group = fake.person.group([a, b])
    group.x = 1000
    expect([a.x, b.x, a.absoluteBoundingBox.x]).toEqual([1000, 1300, 1000])
    fake.person.moveTo(group, 0, 500)
    expect([a.absoluteBox(), b.absoluteBox()]).toMatchObject([
      { x: 0, y: 500 },
      { x: 300, y: 500 },
    ])
    b.y = 900
    expect(group.absoluteBoundingBox).toEqual({ x: 0, y: 500, width: 540, height: 640 })
  })

  it('take appended nodes at their x/y relative to the group’s parent, and no loops', () => {
    const fake = createFakeFigJam(GEOMETRY_ONLY)
    const section = fake.person.addSection({ name: 's', x: 200, y: 100, width: 2000, height: 900 })
    const a = fake.person.addSticky({ text: 'a', x: 300, y: 200, parent: section })
    const group = fake.person.group([a])
    const added = fake.createSticky()
    added.x = 500
    added.y = 0
    group.appendChild(added)
    expect([added.x, added.y]).toEqual([500, 0])
    expect(added.absoluteBoundingBox).toMatchObject({ x: 700, y: 100 })
    expect(group.children).toEqual([a, added])
    const outer = fake.person.group([group])
    expect(() => {
      group.appendChild(outer)
    }).toThrow('into itself or one of its descendants')
    fake.person.dragInto(fake.person.addSticky({ text: 'c', x: 1200, y: 300 }), outer)
    expect(outer.state.children.map((node) => node.nodeType)).toEqual(['GROUP', 'STICKY'])
  })

  it('delete themselves once their last child is deleted or dragged out, nested ones too', () => {
    const fake = createFakeFigJam()
    const section = fake.person.addSection({ name: 's', x: 0, y: 0, width: 2000, height: 900 })
    const [a, b, c] = ['a', 'b', 'c'].map((text, index) =>
      fake.person.addSticky({ text, x: index * 300, y: 0, parent: section }),
    )
    if (a === undefined || b === undefined || c === undefined) throw new Error('stickies missing')
    const inner = fake.person.group([a, b])
    const outer = fake.person.group([inner])
    const kept = fake.person.group([c])
    fake.person.delete(a)
    expect([inner.removed, outer.removed]).toEqual([false, false])
    fake.person.dragInto(b, fake.page)
    expect([inner.removed, outer.removed, b.removed]).toEqual([true, true, false])
    expect(section.state.children).toEqual([kept])
    fake.person.group([c])
    expect(kept.removed).toBe(false)
    fake.person.delete(kept)
    expect(c.removed).toBe(true)
    expect(() => inner.children).toThrow(`in get_children: The node with id "${inner.id}"`)
    expect(section.children).toEqual([])
  })

  it('need nodes, all of one parent', () => {
    const fake = createFakeFigJam()
    const section = fake.person.addSection({ name: 's', x: 0, y: 0, width: 900, height: 900 })
    const inside = fake.person.addSticky({ text: 'in', x: 10, y: 10, parent: section })
    const onPage = fake.person.addSticky({ text: 'out', x: 2000, y: 0, parent: fake.page })
    expect(() => fake.person.group([])).toThrow('no nodes to group')
    expect(() => fake.person.group([inside, onPage])).toThrow('must share a parent')
  })

  it('are drawn as a faint dashed outline under their stickies', () => {
    const fake = createFakeFigJam()
    const a = fake.person.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.person.addSticky({ text: 'b', x: 300, y: 0 })
    const group = fake.person.group([a, b])
    const svg = renderBoardSvg(fake)
    const drawn = new RegExp(`<g class="group" data-id="${group.state.id}">\\n<rect ([^>]*)/>`)
    const outline = drawn.exec(svg)?.[1] ?? ''
    expect(outline).toContain('x="-8" y="-8" width="556" height="256"')
    expect(outline).toContain('fill="none"')
    expect(outline).toContain('stroke-dasharray')
    expect(svg.indexOf('class="group"')).toBeLessThan(svg.indexOf('class="sticky"'))
  })
})
