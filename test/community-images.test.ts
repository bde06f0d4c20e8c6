import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unionOfRects } from '../src/board/viewport-focus'
import { launchChromiumAsync } from './browser/launch-chromium'
import { type DemoRun, loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'
import { escapeXml } from './fake-figjam/render-board-svg'

/**
 * The Figma Community listing's images, drawn from the demo board as the plugin places and
 * fills it (test/demo), rendered by `renderBoardSvg` and photographed in Chromium:
 * assets/icon-128.png (128 × 128 px) and assets/cover-1920x1080.png (1920 × 1080 px). The cover
 * carries the plugin's name (package.json) and the tagline of the README's publishing section.
 */
const ROOT = resolve(import.meta.dirname, '..')
const ICON = resolve(ROOT, 'assets/icon-128.png')
const COVER = resolve(ROOT, 'assets/cover-1920x1080.png')

/** Sticky fills of the demo: a pain, a pain reliever (or gain creator) and a gain. */
const PAIN = '#FFB8A8'
const RELIEVER = '#A8DAFF'
const GAIN = '#B3EFBD'

function union(boxes: readonly Rect[]): Rect {
  const box = unionOfRects(boxes)
  if (box === null) throw new Error('no box to frame')
  return box
}

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/** The page's absolute box of each section (canvas or area) named in `names`, in that order. */
function canvasBoxes(demo: DemoRun, names: readonly string[]): Rect[] {
  return names.map((name) => {
    const section = demo.figma
      .allNodes()
      .find((node) => node.nodeType === 'SECTION' && node.state.name === name)
    if (section === undefined) throw new Error(`the demo board has no section "${name}"`)
    return section.absoluteBox()
  })
}

/** The board's SVG showing only `box` (page px), scaled to fill `width` × `height` px. */
function cropSvg(svg: string, box: Rect, width: number, height: number): string {
  const viewBox = [box.x, box.y, box.width, box.height].join(' ')
  return svg.replace(
    /^<svg ([^>]*?)viewBox="[^"]*" width="[^"]*" height="[^"]*"/,
    `<svg $1viewBox="${viewBox}" width="${String(width)}" height="${String(height)}" preserveAspectRatio="xMidYMid slice"`,
  )
}

const dataUrl = (svg: string): string =>
  `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`

/** The tagline line of the README's "Publish to the Figma Community" section. */
function tagline(): string {
  const match = /^\*\*Tagline:\*\* (.+)$/m.exec(readFileSync(resolve(ROOT, 'README.md'), 'utf8'))
  if (match?.[1] === undefined) throw new Error('README.md has no "**Tagline:** …" line')
  return match[1]
}

function pluginName(): string {
  const config = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    'figma-plugin': { name: string }
  }
  return config['figma-plugin'].name
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Share of the PNG's pixels within 6 of each colour (per channel), decoded by the browser. */
async function colourSharesAsync(page: Page, png: Buffer, colours: readonly string[]) {
  return page.evaluate(
    async ({ source, targets }) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')
      if (context === null) throw new Error('no 2D canvas')
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, image.width, image.height)
      const rgb = targets.map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)))
      const counts = targets.map(() => 0)
      for (let index = 0; index < data.length; index += 4) {
        rgb.forEach((target, which) => {
          const near = target.every(
            (value, channel) => Math.abs((data[index + channel] ?? 0) - value) <= 6,
          )
          if (near) counts[which] = (counts[which] ?? 0) + 1
        })
      }
      return counts.map((count) => count / (image.width * image.height))
    },
    { source: `data:image/png;base64,${png.toString('base64')}`, targets: colours },
  )
}

describe('Figma Community images, drawn from the demo board', () => {
  let browser: Browser | undefined
  let page: Page
  let demo: DemoRun

  beforeAll(async () => {
    demo = await runWorkshopAsync(loadSampleWorkshop())
    browser = await launchChromiumAsync()
    page = await browser.newPage({ deviceScaleFactor: 1 })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('icon: 128 × 128 px, the pain stickies of the API Value Proposition Canvas', async () => {
    const areas = canvasBoxes(demo, ['C · Pains'])
    const stickies = union(
      demo.figma
        .allNodes()
        .filter((node) => node.nodeType === 'STICKY')
        .map((node) => node.absoluteBox())
        .filter((sticky) => areas.some((area) => contains(area, sticky))),
    )
    const side = Math.max(stickies.width, stickies.height) + 160
    const box = {
      x: stickies.x + stickies.width + 40 - side,
      y: stickies.y + (stickies.height - side) / 2,
      width: side,
      height: side,
    }
    await page.setViewportSize({ width: 128, height: 128 })
    await page.setContent(
      `<body style="margin:0"><img alt="" src="${dataUrl(cropSvg(demo.svg, box, 128, 128))}"></body>`,
    )
    const png = await page.screenshot({ type: 'png' })
    writeFileSync(ICON, png)

    expect(pngSize(png)).toEqual({ width: 128, height: 128 })
    const [pain = 0] = await colourSharesAsync(page, png, [PAIN])
    // The demo's dot-vote stamps sit on some pain stickies and cover part of their fill.
    expect(pain).toBeGreaterThan(0.2)
  })

  it('cover: 1920 × 1080 px, name and tagline over the value proposition and the API Canvas', async () => {
    const box = union(canvasBoxes(demo, ['API Value Proposition Canvas', 'API Canvas']))
    const width = 1824
    const height = Math.round((width / box.width) * box.height)
    const svg = cropSvg(demo.svg, box, width, height)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.setContent(`<body style="margin:0;width:1920px;height:1080px;background:#F4F4F4;
      font-family:Inter,'Helvetica Neue',Arial,sans-serif;color:#1E1E1E;display:flex;
      flex-direction:column;align-items:center;justify-content:center;gap:40px">
      <header style="text-align:center"><h1 style="margin:0;font-size:88px">${escapeXml(pluginName())}</h1>
      <p style="margin:16px 0 0;font-size:40px;color:#545454">${escapeXml(tagline())}</p></header>
      <img alt="" style="border-radius:16px;box-shadow:0 8px 32px rgba(0,0,0,.12)" src="${dataUrl(svg)}">
      </body>`)
    const png = await page.screenshot({ type: 'png' })
    writeFileSync(COVER, png)

    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 })
    const shares = await colourSharesAsync(page, png, [PAIN, RELIEVER, GAIN])
    for (const share of shares) expect(share).toBeGreaterThan(0.002)
    expect(await page.locator('h1').textContent()).toBe(pluginName())
  })
})
