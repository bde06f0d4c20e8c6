import { describe, expect, it } from 'vitest'

import { createFakeFigJam } from './fake-figjam/fake-figjam'
import { FIGMA_HAND, ROBOTO_REGULAR } from './fake-figjam/fake-readings'

const INTER_BOLD = { family: 'Inter', style: 'Bold' }

describe('fonts, under each reading', () => {
  it('refuses to append or resize a node whose text font is not loaded, when fonts guard nodes', async () => {
    const fake = createFakeFigJam({ readings: { fontsGuardNodes: true } })
    const section = fake.createSection()
    const text = fake.createText()
    expect(() => {
      section.appendChild(fake.createSticky())
    }).toThrow('unloaded font "Inter Medium"')
    expect(() => {
      section.appendChild(text)
    }).toThrow('in appendChild: Cannot write to node with unloaded font "Inter Regular"')
    expect(() => {
      text.resize(100, 20)
    }).toThrow('in resize')
    expect(() => {
      fake.createShapeWithText().resize(100, 20)
    }).toThrow('in resize')
    await fake.loadFontAsync(INTER_BOLD)
    text.fontName = INTER_BOLD
    section.appendChild(text)
    text.resize(100, 20)
    expect(text.state.parent).toBe(section)
  })

  it('lets geometry through and guards only text writes, when fonts do not guard nodes', () => {
    const fake = createFakeFigJam({ readings: { fontsGuardNodes: false } })
    const sticky = fake.createSticky()
    fake.createSection().appendChild(sticky)
    expect(() => {
      sticky.text.characters = 'x'
    }).toThrow('unloaded font')
  })

  it('gives new stickies, shapes and text nodes the configured default fonts', () => {
    const fake = createFakeFigJam({
      readings: { stickyFont: FIGMA_HAND, shapeFont: FIGMA_HAND, textFont: ROBOTO_REGULAR },
    })
    expect(fake.createSticky().text.fontName).toEqual(FIGMA_HAND)
    expect(fake.createShapeWithText().text.fontName).toEqual(FIGMA_HAND)
    expect(fake.createText().fontName).toEqual(ROBOTO_REGULAR)
  })
})

describe('figma.command and plugin data', () => {
  it('has no command unless told, as without a menu in the manifest', () => {
    expect(createFakeFigJam().command).toBeUndefined()
    expect(createFakeFigJam({ readings: { command: 'check-fit' } }).command).toBe('check-fit')
  })

  it('refuses a plugin-data entry over 100 kB, counted as the reading says', () => {
    const accented = 'é'.repeat(60_000)
    const bytes = createFakeFigJam({ readings: { pluginDataLimit: 'utf8-100000' } }).createSection()
    expect(() => {
      bytes.setPluginData('k', accented)
    }).toThrow('in setPluginData: Plugin data entry is 120018 long')
    expect(() => {
      bytes.setSharedPluginData('apicanvas', 'k', accented)
    }).toThrow('in setSharedPluginData')
    const characters = createFakeFigJam({ readings: { pluginDataLimit: 'utf16-102400' } })
    const section = characters.createSection()
    section.setSharedPluginData('apicanvas', 'k', accented)
    expect(section.getSharedPluginData('apicanvas', 'k')).toBe(accented)
    expect(() => {
      section.setPluginData('k', 'x'.repeat(102_400))
    }).toThrow('more than the 102400 allowed')
  })

  it('keeps shared plugin data per namespace and refuses short namespaces', () => {
    const section = createFakeFigJam().createSection()
    section.setSharedPluginData('apicanvas', 'role', 'canvas')
    expect(section.getSharedPluginData('apicanvas', 'role')).toBe('canvas')
    expect(section.getSharedPluginData('other', 'role')).toBe('')
    expect(section.getPluginData('role')).toBe('')
    expect(() => {
      section.setSharedPluginData('ab', 'role', 'x')
    }).toThrow('at least 3 alphanumeric')
    section.setSharedPluginData('apicanvas', 'role', '')
    expect(section.state.sharedPluginData.get('apicanvas')?.has('role')).toBe(false)
  })

  it('makes private plugin data unreadable once the plugin is published under a new id', () => {
    const fake = createFakeFigJam()
    const section = fake.createSection()
    section.setPluginData('role', 'canvas')
    section.setSharedPluginData('apicanvas', 'role', 'canvas')
    fake.publishUnderNewId()
    expect(section.getPluginData('role')).toBe('')
    expect(section.getSharedPluginData('apicanvas', 'role')).toBe('canvas')
  })
})

describe('connectors, under each reading', () => {
  it('lets straight connectors use only CENTER and NONE, elbowed ones all but CENTER', async () => {
    const fake = createFakeFigJam({ readings: { newConnectorLineType: 'STRAIGHT' } })
    await fake.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const sticky = fake.createSticky()
    const connector = fake.createConnector()
    expect(connector.connectorLineType).toBe('STRAIGHT')
    expect(() => {
      connector.connectorStart = { endpointNodeId: sticky.id, magnet: 'AUTO' }
    }).toThrow('A STRAIGHT connector cannot use the AUTO magnet')
    connector.connectorStart = { endpointNodeId: sticky.id, magnet: 'CENTER' }
    connector.connectorLineType = 'ELBOWED'
    expect(() => {
      connector.connectorEnd = { endpointNodeId: sticky.id, magnet: 'CENTER' }
    }).toThrow('ELBOWED connector cannot use the CENTER magnet')
    connector.connectorEnd = { endpointNodeId: sticky.id, magnet: 'AUTO' }
  })

  it('attaches to sections only where the reading allows it', () => {
    const strict = createFakeFigJam({
      readings: { connectorsAttachToSections: false, newConnectorLineType: 'ELBOWED' },
    })
    const closed = strict.createSection()
    expect(() => {
      strict.createConnector().connectorStart = { endpointNodeId: closed.id, magnet: 'AUTO' }
    }).toThrow('Cannot attach a connector to a SECTION node')
    const open = createFakeFigJam({
      readings: { connectorsAttachToSections: true, newConnectorLineType: 'ELBOWED' },
    })
    const section = open.createSection()
    const connector = open.createConnector()
    connector.connectorStart = { endpointNodeId: section.id, magnet: 'AUTO' }
    expect(open.attachedConnectors(section)).toEqual([connector])
  })

  it('reads an endpoint position on a node as a 0–1 fraction or as px, as the reading says', () => {
    const pointOf = (reading: 'fraction' | 'px', position: Vector): Vector => {
      const fake = createFakeFigJam({ readings: { endpointPosition: reading } })
      const sticky = fake.person.addSticky({ text: 'T', x: 400, y: 100 })
      const connector = fake.createConnector()
      connector.connectorStart = { endpointNodeId: sticky.id, position }
      return connector.endpointPoint(connector.state.start)
    }
    expect(pointOf('fraction', { x: 0.5, y: 1 })).toEqual({ x: 520, y: 340 })
    expect(pointOf('px', { x: 50, y: 100 })).toEqual({ x: 450, y: 200 })
    const fake = createFakeFigJam({ readings: { endpointPosition: 'fraction' } })
    const sticky = fake.person.addSticky({ text: 'T', x: 0, y: 0 })
    expect(() => {
      fake.createConnector().connectorEnd = { endpointNodeId: sticky.id, position: { x: 40, y: 0 } }
    }).toThrow('between 0 and 1')
  })
})

describe('what people do', () => {
  it('duplicate a canvas with its children, plugin data and relaunch data under new ids', () => {
    const fake = createFakeFigJam()
    const canvas = fake.person.addSection({ name: 'Canvas', x: 0, y: 0, width: 400, height: 400 })
    canvas.setSharedPluginData('apicanvas', 'role', 'canvas')
    canvas.setPluginData('role', 'canvas')
    canvas.setRelaunchData({ export: 'Export this canvas' })
    fake.person.addSticky({ text: 'A pain', x: 20, y: 20, parent: canvas })
    const copy = fake.person.duplicate(canvas, { x: 1000, y: 0 })
    if (copy.nodeType !== 'SECTION') throw new Error('not a section')
    expect(copy.state.id).not.toBe(canvas.state.id)
    expect(copy.getSharedPluginData('apicanvas', 'role')).toBe('canvas')
    expect(copy.getPluginData('role')).toBe('canvas')
    expect(copy.getRelaunchData()).toEqual({ export: 'Export this canvas' })
    const [sticky] = copy.state.children
    expect(sticky?.nodeType === 'STICKY' && sticky.state.text.characters).toBe('A pain')
    expect(sticky?.absoluteBox()).toMatchObject({ x: 1020, y: 20 })
  })

  it('put stickies in frames, whose children are positioned relative to the frame', () => {
    const fake = createFakeFigJam()
    const frame = fake.person.addFrame({ name: 'F', x: 300, y: 200, width: 500, height: 500 })
    const sticky = fake.person.addSticky({ text: 'Framed', x: 320, y: 240, parent: frame })
    expect([sticky.x, sticky.y]).toEqual([20, 40])
    expect(frame.children).toEqual([sticky])
  })
})
