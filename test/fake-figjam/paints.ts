/**
 * Solid paints from CSS hex colours and back, and the checks Figma makes when `fills` is
 * written.
 */

/**
 * A visible, opaque solid paint of `hex` (`#RRGGBB`).
 * @throws Error for anything but six hex digits after `#`.
 */
export function solidPaint(hex: string): SolidPaint {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (match === null) throw new Error(`Not a #RRGGBB colour: "${hex}"`)
  const [, r = '', g = '', b = ''] = match
  return Object.freeze({
    type: 'SOLID',
    color: Object.freeze({
      r: parseInt(r, 16) / 255,
      g: parseInt(g, 16) / 255,
      b: parseInt(b, 16) / 255,
    }),
    opacity: 1,
    visible: true,
    blendMode: 'NORMAL',
  })
}

/** `#RRGGBB` of the first visible solid paint, or null when there is none. */
export function firstSolidHex(paints: ReadonlyArray<Paint>): string | null {
  const paint = paints.find(
    (candidate): candidate is SolidPaint =>
      candidate.type === 'SOLID' && candidate.visible !== false,
  )
  if (paint === undefined) return null
  const channel = (value: number): string =>
    Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase()
  return `#${channel(paint.color.r)}${channel(paint.color.g)}${channel(paint.color.b)}`
}

/**
 * A frozen copy of `paints` for storing on a node (Figma hands out frozen arrays, so a plugin
 * must assign a new array to change fills).
 * @throws Error `in set_fills: ...` for `figma.mixed` or a solid paint with a colour channel or
 *   opacity outside 0..1.
 */
export function checkedPaints(
  paints: ReadonlyArray<Paint> | PluginAPI['mixed'],
): ReadonlyArray<Paint> {
  if (typeof paints === 'symbol') throw new Error('in set_fills: Cannot set fills to figma.mixed')
  for (const paint of paints) {
    if (paint.type !== 'SOLID') continue
    const { r, g, b } = paint.color
    const values = [r, g, b, paint.opacity ?? 1]
    if (values.some((value) => !Number.isFinite(value) || value < 0 || value > 1)) {
      throw new Error(
        'in set_fills: Property "fills" failed validation: colour channels and opacity must be ' +
          'between 0 and 1',
      )
    }
  }
  return Object.freeze(
    paints.map((paint) => {
      const copy = structuredClone(paint)
      deepFreeze(copy)
      return copy
    }),
  )
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  const inner: unknown[] = Object.values(value)
  inner.forEach(deepFreeze)
  Object.freeze(value)
}
