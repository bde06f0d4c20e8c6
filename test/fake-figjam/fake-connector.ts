import type { PortConnector } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeNode, newNodeState, type NodeState, requireFinite } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'

export interface ConnectorState extends NodeState {
  start: ConnectorEndpoint
  end: ConnectorEndpoint
  lineType: ConnectorNode['connectorLineType']
}

/** Magnets each line type accepts (ConnectorEndpoint docs). */
const MAGNETS_OF: Record<ConnectorNode['connectorLineType'], ReadonlySet<string>> = {
  STRAIGHT: new Set(['CENTER', 'NONE']),
  ELBOWED: new Set(['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT']),
  CURVED: new Set(['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT']),
}

const MAGNETS: ReadonlySet<string> = new Set([
  'NONE',
  'AUTO',
  'TOP',
  'LEFT',
  'BOTTOM',
  'RIGHT',
  'CENTER',
])

/** The id an endpoint is attached to, or null for a free endpoint. */
export function endpointNodeId(endpoint: ConnectorEndpoint): string | null {
  return 'endpointNodeId' in endpoint ? endpoint.endpointNodeId : null
}

/**
 * A FigJam connector: created on the page running from (0, 0) to (100, 0), of
 * `readings.newConnectorLineType`. An endpoint is free (`position` relative to the connector's
 * parent) or attached to a node (`endpointNodeId` with a `magnet`, or with a `position` relative
 * to that node: a 0–1 fraction of its size or px, `readings.endpointPosition`). Its bounds span
 * its two endpoints. Attaching checks the node: it must exist on the page and not be a connector
 * (nor a section, unless `readings.connectorsAttachToSections`); the magnet must suit the line
 * type (straight: CENTER or NONE; elbowed and curved: all but CENTER). Rules from
 * https://developers.figma.com/docs/plugins/api/ConnectorEndpoint. Removing an attached node
 * leaves the connector holding the removed node's id.
 */
export class FakeConnector extends FakeNode<ConnectorState> implements PortConnector {
  readonly nodeType = 'CONNECTOR'

  constructor(board: BoardState) {
    super(board, {
      ...newNodeState(board.newId(), 'Connector line'),
      start: { position: { x: 0, y: 0 } },
      end: { position: { x: 100, y: 0 } },
      lineType: board.readings.newConnectorLineType,
    })
  }

  asSceneNode(): this {
    return this
  }

  /** The node an endpoint names, removed ones included; undefined for a free endpoint. */
  endpointNode(endpoint: ConnectorEndpoint): FakeSceneNode | undefined {
    const id = endpointNodeId(endpoint)
    return id === null ? undefined : this.board.nodeWithId(id)
  }

  /** Absolute point of an endpoint, px; a removed node counts where it was when removed. */
  endpointPoint(endpoint: ConnectorEndpoint): Vector {
    const node = this.endpointNode(endpoint)
    if (node === undefined || !('endpointNodeId' in endpoint)) {
      const origin = this.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
      const position = 'position' in endpoint ? endpoint.position : { x: 0, y: 0 }
      return { x: origin.x + position.x, y: origin.y + position.y }
    }
    const box = node.absoluteBox()
    if ('position' in endpoint) {
      const scale =
        this.board.readings.endpointPosition === 'fraction'
          ? { x: box.width, y: box.height }
          : { x: 1, y: 1 }
      return {
        x: box.x + endpoint.position.x * scale.x,
        y: box.y + endpoint.position.y * scale.y,
      }
    }
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    switch (endpoint.magnet) {
      case 'TOP':
        return { x: centre.x, y: box.y }
      case 'BOTTOM':
        return { x: centre.x, y: box.y + box.height }
      case 'LEFT':
        return { x: box.x, y: centre.y }
      case 'RIGHT':
        return { x: box.x + box.width, y: centre.y }
      default:
        return centre
    }
  }

  override absoluteBox(): Rect {
    if (this.state.boxAtRemoval !== null) return this.state.boxAtRemoval
    const start = this.endpointPoint(this.state.start)
    const end = this.endpointPoint(this.state.end)
    const x = Math.min(start.x, end.x)
    const y = Math.min(start.y, end.y)
    return { x, y, width: Math.abs(end.x - start.x), height: Math.abs(end.y - start.y) }
  }

  override localPosition(): Vector {
    const origin = this.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
    const box = this.absoluteBox()
    return { x: box.x - origin.x, y: box.y - origin.y }
  }

  /** Moves the free endpoints; attached ones stay on their nodes. */
  override moveLocal(x: number, y: number): void {
    const current = this.localPosition()
    const shift = (endpoint: ConnectorEndpoint): ConnectorEndpoint =>
      'endpointNodeId' in endpoint
        ? endpoint
        : {
            position: {
              x: endpoint.position.x + x - current.x,
              y: endpoint.position.y + y - current.y,
            },
          }
    this.state.start = shift(this.state.start)
    this.state.end = shift(this.state.end)
  }

  size(): { width: number; height: number } {
    const { width, height } = this.absoluteBox()
    return { width, height }
  }

  get type(): 'CONNECTOR' {
    this.read('type')
    return 'CONNECTOR'
  }

  get connectorLineType(): ConnectorNode['connectorLineType'] {
    this.read('connectorLineType')
    return this.state.lineType
  }

  /** Changing the line type keeps the endpoints as they are. */
  set connectorLineType(value: ConnectorNode['connectorLineType']) {
    this.write('connectorLineType')
    if (!(value in MAGNETS_OF)) throw new Error(`in set_connectorLineType: Invalid "${value}"`)
    this.state.lineType = value
  }

  get connectorStart(): ConnectorEndpoint {
    this.read('connectorStart')
    return copyEndpoint(this.state.start)
  }

  /** @throws Error for an endpoint that cannot attach (see the class). */
  set connectorStart(value: ConnectorEndpoint) {
    this.write('connectorStart')
    this.state.start = this.checkedEndpoint('set_connectorStart', value)
  }

  get connectorEnd(): ConnectorEndpoint {
    this.read('connectorEnd')
    return copyEndpoint(this.state.end)
  }

  /** @throws Error for an endpoint that cannot attach (see the class). */
  set connectorEnd(value: ConnectorEndpoint) {
    this.write('connectorEnd')
    this.state.end = this.checkedEndpoint('set_connectorEnd', value)
  }

  /** A copy of `endpoint` once it passes Figma's checks. */
  checkedEndpoint(member: string, endpoint: ConnectorEndpoint): ConnectorEndpoint {
    if ('position' in endpoint) {
      requireFinite(member, endpoint.position.x)
      requireFinite(member, endpoint.position.y)
    }
    if ('magnet' in endpoint && !MAGNETS.has(endpoint.magnet)) {
      throw new Error(`in ${member}: Invalid magnet "${endpoint.magnet}"`)
    }
    if ('magnet' in endpoint && !MAGNETS_OF[this.state.lineType].has(endpoint.magnet)) {
      throw new Error(
        `in ${member}: A ${this.state.lineType} connector cannot use the ${endpoint.magnet} magnet`,
      )
    }
    const node = this.endpointNode(endpoint)
    if ('endpointNodeId' in endpoint) {
      if (node === undefined || !node.isOnPage()) {
        throw new Error(
          `in ${member}: The node with id "${endpoint.endpointNodeId}" does not exist`,
        )
      }
      const sectionsOk = this.board.readings.connectorsAttachToSections
      if (node.nodeType === 'CONNECTOR' || (node.nodeType === 'SECTION' && !sectionsOk)) {
        throw new Error(`in ${member}: Cannot attach a connector to a ${node.nodeType} node`)
      }
      if ('position' in endpoint && this.board.readings.endpointPosition === 'fraction') {
        const { x, y } = endpoint.position
        if (x < 0 || x > 1 || y < 0 || y > 1) {
          throw new Error(`in ${member}: position must be between 0 and 1 on the attached node`)
        }
      }
    }
    return copyEndpoint(endpoint)
  }
}

function copyEndpoint(endpoint: ConnectorEndpoint): ConnectorEndpoint {
  if (!('endpointNodeId' in endpoint)) return { position: { ...endpoint.position } }
  if ('magnet' in endpoint)
    return { endpointNodeId: endpoint.endpointNodeId, magnet: endpoint.magnet }
  return { endpointNodeId: endpoint.endpointNodeId, position: { ...endpoint.position } }
}
