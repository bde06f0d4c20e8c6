import type { PortConnector } from './figjam-port'

/**
 * The node ids a connector's two ends are attached to, start first (null for a free end), or
 * null when the connector was deleted meanwhile. Reads `connectorStart` and `connectorEnd` once.
 */
export function readConnectorEnds(
  connector: Pick<PortConnector, 'connectorStart' | 'connectorEnd'>,
): [string | null, string | null] | null {
  try {
    const start = connector.connectorStart
    const end = connector.connectorEnd
    return [
      'endpointNodeId' in start ? start.endpointNodeId : null,
      'endpointNodeId' in end ? end.endpointNodeId : null,
    ]
  } catch {
    return null
  }
}
