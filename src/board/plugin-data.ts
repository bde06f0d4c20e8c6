/**
 * Plugin data the plugin writes on its own nodes, so a canvas reads back after people rename,
 * move or restyle its sections. Values are strings (Figma's `setPluginData`).
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
} as const

/**
 * - `canvas`: the section holding one placed template.
 * - `area`: a nested section, one per area.
 * - `header`: the plugin's own text (letter, title, prompt, part and view labels, fit marker);
 *   never read as a note.
 * - `flag`: a mark drawn by "Flag on board"; never read as a note, removed by "Clear flags".
 */
export type NodeRole = 'canvas' | 'area' | 'header' | 'flag'

/**
 * Version of the plugin-data layout written at placement. 2: canvas sections carry `template`;
 * canvases of version 1 lack it and read back as of an unknown template.
 */
export const PLACEMENT_SCHEMA_VERSION = '2'
