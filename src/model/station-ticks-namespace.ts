/**
 * Namespace of the criteria ticks in the page's shared plugin data (`setSharedPluginData`):
 * readable by every copy of the plugin, published or not. Figma requires at least 3 alphanumeric
 * characters (Figma's setSharedPluginData doc page).
 */
export const STATION_TICKS_NAMESPACE = 'apicanvas'
