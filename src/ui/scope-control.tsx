import type { JSX } from 'preact'

import type { Scope } from '../messages'
import { useTranslator } from './locale-context'
import { SegmentedField } from './segmented-field'

export interface ScopeControlProps {
  scope: Scope
  onChange: (scope: Scope) => void
}

/**
 * Chooses which canvases to read: the selected ones or every canvas on the page. It stays usable
 * while the board is read: the next read uses the new choice.
 */
export function ScopeControl({ scope, onChange }: ScopeControlProps): JSX.Element {
  const t = useTranslator()
  return (
    <SegmentedField
      label={t('panel.scopeRead')}
      name={t('panel.scopeName')}
      groupName="scope"
      value={scope}
      options={[
        { value: 'selection', text: t('panel.scopeSelection') },
        { value: 'page', text: t('panel.scopePage') },
      ]}
      onChange={onChange}
    />
  )
}
