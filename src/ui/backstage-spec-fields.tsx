import { Textbox } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'

import type { BackstageSpec } from '../interchange/backstage-catalog'

/** What no canvas holds, typed in the Export tab for the Backstage entity. */
export type BackstageSpecDraft = Pick<BackstageSpec, 'type' | 'lifecycle' | 'owner' | 'definition'>

/** A starting draft: an OpenAPI definition beside catalog-info.yaml, experimental, no owner yet. */
export const defaultBackstageSpec: BackstageSpecDraft = {
  type: 'openapi',
  lifecycle: 'experimental',
  owner: '',
  definition: './openapi.yaml',
}

const FIELDS = [
  ['type', 'Type (spec.type)', 'openapi'],
  ['lifecycle', 'Lifecycle (spec.lifecycle)', 'experimental'],
  ['owner', 'Owner (spec.owner)', 'group:my-team'],
  ['definition', 'Definition file (spec.definition)', './openapi.yaml'],
] as const

/** The four `spec` fields of a Backstage API entity, each a labelled text box. */
export function BackstageSpecFields(props: {
  spec: BackstageSpecDraft
  onChange: (spec: BackstageSpecDraft) => void
}): JSX.Element {
  return (
    <div class="stack">
      {FIELDS.map(([field, label, placeholder]) => (
        <label class="field" key={field}>
          <span class="field-label">{label}</span>
          <Textbox
            value={props.spec[field]}
            placeholder={placeholder}
            onValueInput={(value) => {
              props.onChange({ ...props.spec, [field]: value })
            }}
          />
        </label>
      ))}
    </div>
  )
}
