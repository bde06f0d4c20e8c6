import type { JSX } from 'preact'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { computeTemplateLayout } from '../canvas/template-layout'
import styles from './template-thumbnail.module.css'

export interface TemplateThumbnailProps {
  definition: CanvasDefinition
}

/**
 * A small picture of a template, drawn from the same `computeTemplateLayout` that places it on
 * the board: each area a rounded rectangle in its part's tint with its letter or number, each
 * marker (such as "API product–market fit") a dashed outline. Scales to the box it is given.
 * Decorative: hidden from assistive tech, since the title and purpose beside it say what it is.
 */
export function TemplateThumbnail({ definition }: TemplateThumbnailProps): JSX.Element {
  const layout = computeTemplateLayout(definition)
  const areas = new Map(definition.areas.map((area) => [area.id, area]))
  const unit = Math.max(layout.width, layout.height) / 100
  return (
    <svg
      class={styles.thumbnail}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x={0}
        y={0}
        width={layout.width}
        height={layout.height}
        rx={unit * 2}
        class={styles.canvas}
      />
      {layout.areas.map(({ areaId, rect, tint }) => {
        const label = areas.get(areaId)?.label ?? ''
        const fontSize = Math.min(unit * 9, rect.width * 0.5, rect.height * 0.5)
        return (
          <g key={areaId}>
            <rect
              x={rect.x}
              y={rect.y}
              width={rect.width}
              height={rect.height}
              rx={unit * 1.2}
              fill={tint}
              class={styles.area}
            />
            {label === '' ? null : (
              <text
                x={rect.x + rect.width / 2}
                y={rect.y + rect.height / 2}
                font-size={fontSize}
                text-anchor="middle"
                dominant-baseline="central"
                class={styles.label}
              >
                {label}
              </text>
            )}
          </g>
        )
      })}
      {layout.markers.map(({ markerId, rect }) => (
        <rect
          key={markerId}
          x={rect.x + rect.width * 0.15}
          y={rect.y + rect.height * 0.15}
          width={rect.width * 0.7}
          height={rect.height * 0.7}
          rx={rect.width * 0.35}
          class={styles.marker}
        />
      ))}
    </svg>
  )
}
