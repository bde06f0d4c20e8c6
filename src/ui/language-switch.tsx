import type { JSX } from 'preact'

import { type Locale, LOCALES } from '../locale/locales'
import { useTranslator } from './locale-context'
import { languageName } from './method-canvas-filter'
import { SelectField } from './select-field'

export interface LanguageSwitchProps {
  locale: Locale
  onChange: (locale: Locale) => void
}

/**
 * The panel's language: a native select listing each language in its own name (`Suomi (fi)`),
 * so a person who cannot read the current one still finds theirs. The panel re-renders in the
 * chosen language at once.
 */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps): JSX.Element {
  const t = useTranslator()
  return (
    <SelectField
      label={t('panel.language')}
      name={t('panel.languageOfPanel')}
      value={locale}
      options={LOCALES.map((code) => ({ value: code, text: languageName(code) }))}
      onChange={(value) => {
        const chosen = LOCALES.find((code) => code === value)
        if (chosen !== undefined) onChange(chosen)
      }}
    />
  )
}
