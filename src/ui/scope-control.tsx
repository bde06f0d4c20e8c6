import type { JSX } from 'preact'

import type { Scope } from '../messages'
import { SegmentedField } from './segmented-field'

export interface ScopeControlProps {
  scope: Scope
  onChange: (scope: Scope) => void
}

const scopeOptions: { value: Scope; text: string }[] = [
  { value: 'selection', text: 'Selected canvases' },
  { value: 'page', text: 'Whole page' },
]

/**
 * Chooses which canvases to read: the selected ones or every canvas on the page. It stays usable
 * while the board is read: the next read uses the new choice.
 */
export function ScopeControl({ scope, onChange }: ScopeControlProps): JSX.Element {
  return (
    <SegmentedField
      label="Read"
      name="Canvases to read"
      groupName="scope"
      value={scope}
      options={scopeOptions}
      onChange={onChange}
    />
  )
}
