/**
 * Shared plugin data the plugin writes on its own nodes (`setSharedPluginData` under
 * `PLUGIN_DATA_NAMESPACE`), so a canvas reads back after people rename, move or restyle its
 * sections, and after publishing gives the plugin a new id (private plugin data would become
 * unreadable then: Figma's node-properties docs, setPluginData). Values are strings.
 */
export const PLUGIN_DATA_KEYS = {
  /** What the node is to the plugin; one of `NodeRole`. */
  role: 'role',
  /** Template id of the canvas the node belongs to. */
  templateId: 'templateId',
  /** Area id, on area sections and on header nodes of an area. */
  areaId: 'areaId',
  /** `PLACEMENT_SCHEMA_VERSION` at placement time, on canvas sections. */
  schemaVersion: 'schemaVersion',
  /**
   * Absolute position of the canvas section when it was placed, `x,y` in px, on canvas
   * sections; a canvas found elsewhere has been moved.
   */
  placedAt: 'placedAt',
  /**
   * The template's id, title and areas as JSON (`canvas-template-data.ts`), on canvas sections,
   * so the canvas reads back without the template's definition.
   */
  template: 'template',
  /**
   * The canvas section's own node id when it was placed, on canvas sections: a section whose id
   * differs is a person's duplicate (Figma copies plugin data with the node), a canvas of its own.
   */
  placedId: 'placedId',
  /**
   * The language the canvas was placed in (one of `LOCALES`), on canvas sections placed from a
   * definition with a `locale`; absent on English built-in canvases and on canvases placed
   * before the plugin spoke other languages.
   */
  locale: 'locale',
  /** The canvas's facilitation plan as JSON (`encodePlan`), on canvas sections. */
  facilitationPlan: 'facilitationPlan',
} as const

/** One of the plugin-data keys. */
export type PluginDataKey = (typeof PLUGIN_DATA_KEYS)[keyof typeof PLUGIN_DATA_KEYS]

/**
 * The namespace of the plugin's shared plugin data: at least 3 alphanumeric characters
 * (setSharedPluginData docs).
 */
export const PLUGIN_DATA_NAMESPACE = 'apicanvas'

/** Figma's limit on one plugin-data entry (namespace, key and value), bytes (node-properties docs). */
export const PLUGIN_DATA_ENTRY_LIMIT = 100_000

/**
 * A marker the plugin wrote on a node: its shared plugin data under `PLUGIN_DATA_NAMESPACE`, or,
 * on nodes placed by version 0.1 (which used private plugin data), the private value; '' when
 * neither is set. The caller validates the value: people and other plugins can change it.
 */
export function readMarker(
  node: Pick<BaseNodeMixin, 'getSharedPluginData' | 'getPluginData'>,
  key: PluginDataKey,
): string {
  const shared = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key)
  return shared === '' ? node.getPluginData(key) : shared
}

/**
 * Writes a marker as shared plugin data under `PLUGIN_DATA_NAMESPACE`.
 * @throws Error when the entry passes `PLUGIN_DATA_ENTRY_LIMIT` (check large values with
 *   `pluginDataEntryBytes` before creating anything).
 */
export function writeMarker(
  node: Pick<BaseNodeMixin, 'setSharedPluginData'>,
  key: PluginDataKey,
  value: string,
): void {
  node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value)
}

/** Size of the entry `writeMarker` would store, in UTF-8 bytes (namespace, key and value). */
export function pluginDataEntryBytes(key: PluginDataKey, value: string): number {
  let bytes = 0
  for (const char of `${PLUGIN_DATA_NAMESPACE}${key}${value}`) {
    const code = char.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/**
 * - `canvas`: the section holding one placed template.
 * - `area`: a nested section, one per area.
 * - `header`: the plugin's own text (letter, title, prompt, part and view labels, fit marker);
 *   never read as a note.
 * - `flag`: a mark drawn by "Flag on board"; never read as a note, removed by "Clear flags".
 */
export type NodeRole = 'canvas' | 'area' | 'header' | 'flag'

/**
 * Version of the plugin-data layout written at placement. 3: shared plugin data, canvas sections
 * carry `placedId`; 2: private plugin data, canvas sections carry `template`; canvases of
 * version 1 lack it and read back as of an unknown template.
 */
export const PLACEMENT_SCHEMA_VERSION = '3'
