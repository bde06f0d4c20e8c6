import type { JSX } from 'preact'

import type { BackstageSpec } from '../interchange/backstage-catalog'
import type { MessageKey } from '../locale/catalogues'
import styles from './form-control.module.css'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'

/** What no canvas holds, typed in the Export tab for the Backstage entity. */
export type BackstageSpecDraft = Pick<BackstageSpec, 'type' | 'lifecycle' | 'owner' | 'definition'>

/** A starting draft: an OpenAPI definition beside catalog-info.yaml, experimental, no owner yet. */
export const defaultBackstageSpec: BackstageSpecDraft = {
  type: 'openapi',
  lifecycle: 'experimental',
  owner: '',
  definition: './openapi.yaml',
}

const FIELDS: readonly (readonly [keyof BackstageSpecDraft, MessageKey, string])[] = [
  ['type', 'panel.backstageType', 'openapi'],
  ['lifecycle', 'panel.backstageLifecycle', 'experimental'],
  ['owner', 'panel.backstageOwner', 'group:my-team'],
  ['definition', 'panel.backstageDefinition', './openapi.yaml'],
]

/** The four `spec` fields of a Backstage API entity, each a labelled native text box. */
export function BackstageSpecFields(props: {
  spec: BackstageSpecDraft
  onChange: (spec: BackstageSpecDraft) => void
}): JSX.Element {
  const t = useTranslator()
  return (
    <div class={layout.stack}>
      {FIELDS.map(([field, label, placeholder]) => (
        <label class={layout.field} key={field}>
          <span class={layout.fieldLabel}>{t(label, { field: `spec.${field}` })}</span>
          <input
            type="text"
            class={styles.control}
            value={props.spec[field]}
            placeholder={placeholder}
            spellcheck={false}
            onInput={(event) => {
              props.onChange({ ...props.spec, [field]: event.currentTarget.value })
            }}
          />
        </label>
      ))}
    </div>
  )
}
