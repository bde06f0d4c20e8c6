import { optimize, type XastElement } from 'svgo'
import { describe, expect, it } from 'vitest'

import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { renderBoardSvg } from './fake-figjam/render-board-svg'

/** Every element of `svg`, parsed by svgo's strict XML parser (throws on malformed XML). */
function parseElements(svg: string): XastElement[] {
  const elements: XastElement[] = []
  optimize(svg, {
    plugins: [
      {
        name: 'collect-elements',
        fn: () => ({
          element: {
            enter: (element) => {
              elements.push(element)
            },
          },
        }),
      },
    ],
  })
  return elements
}

function withClass(elements: XastElement[], name: string): XastElement[] {
  return elements.filter((element) => element.attributes.class?.split(' ').includes(name))
}

/** The text inside `element`, one line per `<tspan>`, lines joined by spaces. */
function textOf(element: XastElement | undefined): string {
  return (element?.children ?? [])
    .map((child) => {
      if (child.type === 'text') return child.value
      return child.type === 'element' ? textOf(child) : ''
    })
    .filter((text) => text !== '')
    .join(' ')
}

function workshopBoard(): FakeFigJam {
  const fake = createFakeFigJam()
  const canvas = fake.person.addSection({ name: 'Canvas', x: 0, y: 0, width: 1200, height: 700 })
  const pains = fake.person.addSection({
    name: 'Pains',
    x: 40,
    y: 80,
    width: 500,
    height: 580,
    parent: canvas,
  })
  const pain = fake.person.addSticky({ text: 'Slow onboarding', x: 80, y: 120, parent: pains })
  const relief = fake.person.addSticky({ text: 'Sandbox keys', x: 700, y: 120, color: '#B3EFBD' })
  fake.person.addSticky({ text: 'Stray note', x: 1400, y: 900, parent: fake.page })
  fake.person.addText({ text: 'What hurts?', x: 60, y: 90, parent: pains })
  fake.person.connect(relief, pain)
  return fake
}

describe('renderBoardSvg', () => {
  it('writes well-formed XML: the parser used here does reject broken markup', () => {
    expect(() => parseElements('<svg><text>a</tex></svg>')).toThrow()
    expect(() => parseElements(renderBoardSvg(workshopBoard()))).not.toThrow()
    expect(() => parseElements(renderBoardSvg(createFakeFigJam()))).not.toThrow()
  })

  it('draws one element per sticky, one per section and one per connector', () => {
    const fake = workshopBoard()
    const gone = fake.person.addSticky({ text: 'deleted', x: 2000, y: 0 })
    fake.person.delete(gone)
    const elements = parseElements(renderBoardSvg(fake))
    expect(withClass(elements, 'sticky')).toHaveLength(3)
    expect(withClass(elements, 'section')).toHaveLength(2)
    expect(withClass(elements, 'connector')).toHaveLength(1)
    expect(withClass(elements, 'sticky').map(textOf)).toEqual([
      expect.stringContaining('Slow onboarding'),
      expect.stringContaining('Sandbox keys'),
      expect.stringContaining('Stray note'),
    ])
  })

  it('escapes hostile text and drops characters XML forbids', () => {
    const fake = createFakeFigJam({ userName: 'Mallory "<admin>"' })
    const hostile = '</text><script>alert(1)</script> & \u0001 \uD800 done'
    fake.person.addSticky({ text: hostile, x: 0, y: 0 })
    fake.person.addSection({ name: '<g onload="x">', x: 0, y: 400, width: 300, height: 200 })
    const svg = renderBoardSvg(fake, { title: 'Board & <friends>' })
    const elements = parseElements(svg)
    expect(elements.some((element) => element.name === 'script')).toBe(false)
    expect(svg).not.toContain('\u0001')
    expect(svg).not.toContain('\uD800')
    const stickyText = textOf(withClass(elements, 'sticky')[0]).replace(/\s/g, '')
    expect(stickyText).toContain('</text><script>alert(1)</script>&done')
    expect(stickyText).toContain('Mallory"<admin>"')
    expect(textOf(withClass(elements, 'section')[0])).toBe('<g onload="x">')
    expect(textOf(elements.find((element) => element.name === 'title'))).toBe('Board & <friends>')
  })

  it('dashes a connector whose end was deleted', () => {
    const fake = workshopBoard()
    const [first] = fake.allNodes().filter((node) => node.nodeType === 'STICKY')
    if (first === undefined) throw new Error('board without stickies')
    fake.person.delete(first)
    const [connector] = withClass(parseElements(renderBoardSvg(fake)), 'connector')
    expect(connector?.attributes.class).toBe('connector dangling')
    const line = connector?.children.find(
      (child): child is XastElement => child.type === 'element' && child.name === 'line',
    )
    expect(line?.attributes['stroke-dasharray']).toBeDefined()
  })

  it('fits the viewBox around every node, labels and margin included', () => {
    const fake = createFakeFigJam()
    fake.person.addSticky({ text: 'far left', x: -1000, y: -500, parent: fake.page })
    fake.person.addSection({ name: 'Right', x: 3000, y: 2000, width: 400, height: 300 })
    const [svgElement] = parseElements(renderBoardSvg(fake, { margin: 10 }))
    const [x, y, width, height] = (svgElement?.attributes.viewBox ?? '').split(' ').map(Number)
    expect([x, y]).toEqual([-1010, -510])
    expect([(x ?? 0) + (width ?? 0), (y ?? 0) + (height ?? 0)]).toEqual([3410, 2310])
  })

  it('counts no host calls while drawing', () => {
    const fake = workshopBoard()
    renderBoardSvg(fake)
    expect(fake.hostCalls).toMatchObject({ reads: 0, writes: 0, calls: 0 })
  })
})
