import { SegmentedControl } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import * as z from 'zod/mini'

import { type Scope, scopeSchema } from '../messages'

export interface ScopeControlProps {
  scope: Scope
  disabled: boolean
  onChange: (scope: Scope) => void
}

/** Chooses which canvases to read: the selected ones or every canvas on the page. */
export function ScopeControl({ scope, disabled, onChange }: ScopeControlProps): JSX.Element {
  return (
    <div class="field" role="group" aria-label="Canvases to read">
      <span class="field-label">Read</span>
      <SegmentedControl
        value={scope}
        disabled={disabled}
        options={[
          { value: 'selection', children: 'Selected canvases' },
          { value: 'page', children: 'Whole page' },
        ]}
        onValueChange={(value) => {
          const parsed = z.safeParse(scopeSchema, value)
          if (parsed.success) onChange(parsed.data)
        }}
      />
    </div>
  )
}
