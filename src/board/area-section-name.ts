import type { AreaDefinition } from '../canvas/canvas-definition'

/**
 * How an area is named on the board: `C · Pains`, `1 · API value proposition`, or the bare
 * title for an area without a label (`Name of the API`).
 */
export function areaSectionName(area: Pick<AreaDefinition, 'label' | 'title'>): string {
  return area.label === '' ? area.title : `${area.label} · ${area.title}`
}
