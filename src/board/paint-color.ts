/** A solid fill of `hex` (`#RRGGBB`), fully opaque, as FigJam's `fills` take it. */
export function solidFill(hex: string): SolidPaint {
  const channel = (start: number): number => parseInt(hex.slice(start, start + 2), 16) / 255
  return { type: 'SOLID', color: { r: channel(1), g: channel(3), b: channel(5) } }
}

/**
 * The colour of the first visible `SOLID` paint of `fills`, `#RRGGBB` upper-case, channels
 * rounded to the nearest of 0–255; null when there is none (no fills, gradients only, or mixed).
 */
export function firstSolidFillHex(fills: readonly Paint[] | PluginAPI['mixed']): string | null {
  if (typeof fills === 'symbol') {
    return null
  }
  for (const paint of fills) {
    if (paint.type === 'SOLID' && paint.visible !== false) {
      const { r, g, b } = paint.color
      return `#${[r, g, b].map(toHexByte).join('')}`
    }
  }
  return null
}

function toHexByte(channel: number): string {
  const byte = Math.min(255, Math.max(0, Math.round(channel * 255)))
  return (byte < 16 ? '0' : '') + byte.toString(16).toUpperCase()
}
