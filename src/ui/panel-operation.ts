import type { UiToMainName } from '../messages'
import type { PanelMessage } from './panel-text'

/** Something the panel asked the main thread to do and is waiting for. */
export type Operation = 'place' | 'read' | 'link' | 'flag' | 'unflag'

/** The operation each panel message starts; messages not listed start none. */
export const operationOfMessage: Partial<Record<UiToMainName, Operation>> = {
  PLACE_CANVASES: 'place',
  READ_BOARD: 'read',
  LINK_NOTES: 'link',
  LINK_SELECTION: 'link',
  FLAG_BOARD: 'flag',
  CLEAR_FLAGS: 'unflag',
}

/** What a PLACE_CANVASES request places, so the answer can be told in the facilitator's words. */
export interface Placement {
  source: 'template' | 'kit' | 'import'
  /** Titles of the canvases to place, in order. */
  titles: string[]
  /** Name of the imported file; null for templates and the kit. */
  fileName: string | null
  noteCount: number
  connectorCount: number
  /** Sentences to add to the notice, e.g. that the file's language fell back to English. */
  remarks: PanelMessage[]
}
