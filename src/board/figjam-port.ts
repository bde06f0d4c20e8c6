/**
 * The narrow slice of Figma's plugin API the board adapter uses. Every member is picked from
 * `@figma/plugin-typings`, so the real `figma` global satisfies `FigJamPort` as it is, and the
 * in-memory FigJam of the tests implements exactly this surface.
 */

type PortNodeBase<N extends BaseNodeMixin & DimensionAndPositionMixin> = Pick<
  N,
  | 'id'
  | 'name'
  | 'removed'
  | 'remove'
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'absoluteBoundingBox'
  | 'getPluginData'
  | 'setPluginData'
>

/** A text layer inside a sticky or shape. */
export type PortTextSublayer = Pick<
  TextSublayerNode,
  'characters' | 'fontName' | 'fontSize' | 'hasMissingFont'
>

export interface PortSticky
  extends
    PortNodeBase<StickyNode>,
    Pick<StickyNode, 'type' | 'fills' | 'authorName' | 'authorVisible' | 'isWideWidth'> {
  readonly text: PortTextSublayer
}

export interface PortText
  extends
    PortNodeBase<TextNode>,
    Pick<
      TextNode,
      'type' | 'characters' | 'fontName' | 'fontSize' | 'fills' | 'textAutoResize' | 'resize'
    > {}

export interface PortShapeWithText
  extends
    PortNodeBase<ShapeWithTextNode>,
    Pick<ShapeWithTextNode, 'type' | 'shapeType' | 'fills' | 'resize'> {
  readonly text: PortTextSublayer
}

export interface PortConnector
  extends
    PortNodeBase<ConnectorNode>,
    Pick<ConnectorNode, 'type' | 'connectorStart' | 'connectorEnd'> {}

export interface PortSection
  extends
    PortNodeBase<SectionNode>,
    Pick<SectionNode, 'type' | 'fills' | 'resizeWithoutConstraints' | 'setRelaunchData'> {
  readonly children: readonly PortSceneNode[]
  appendChild(child: PortSceneNode): void
  /**
   * Every sticky or section (as `types` says) in the section at any depth, in pre-order: one host
   * call, and the nodes' kind is known without reading `type`.
   */
  findAllWithCriteria<T extends ('STICKY' | 'SECTION')[]>(criteria: {
    types: T
  }): ({ type: T[number] } & (PortSticky | PortSection))[]
}

/**
 * A group people made (⌘G in FigJam). It has no coordinate space of its own: its children's x/y
 * are relative to the group's parent. Its bounds are the union of its children's, and a group
 * left without children deletes itself (Figma's GroupNode docs).
 */
export interface PortGroup extends Pick<
  GroupNode,
  'type' | 'id' | 'name' | 'removed' | 'absoluteBoundingBox' | 'getPluginData'
> {
  readonly children: readonly PortSceneNode[]
}

/**
 * A stamp people dropped with FigJam's stamp wheel: its `name` says its kind (`+1`, `Dot`,
 * `Heart`, `Thumbs up`…), and `stuckTo` is the node it was dropped on, or null (StampNode and
 * StickableMixin in Figma's docs; FigJam only).
 */
export interface PortStamp extends Pick<
  StampNode,
  'id' | 'name' | 'removed' | 'absoluteBoundingBox'
> {
  readonly type: 'STAMP'
  readonly stuckTo: PortSceneNode | null
}

/** Any other node a board may hold (frames, shapes, stamps…): read for its bounds only. */
export interface PortOtherNode
  extends
    Pick<SceneNodeMixin, never>,
    Pick<BaseNodeMixin, 'id' | 'name' | 'removed' | 'getPluginData'> {
  readonly type: Exclude<
    SceneNode['type'],
    'STICKY' | 'TEXT' | 'SHAPE_WITH_TEXT' | 'CONNECTOR' | 'SECTION' | 'GROUP'
  >
  readonly absoluteBoundingBox: Rect | null
}

export type PortSceneNode =
  | PortSticky
  | PortText
  | PortShapeWithText
  | PortConnector
  | PortSection
  | PortGroup
  | PortStamp
  | PortOtherNode

export interface PortPage extends Pick<PageNode, 'type' | 'id' | 'name'> {
  readonly children: readonly PortSceneNode[]
  selection: readonly PortSceneNode[]
  appendChild(child: PortSceneNode): void
  /** Every connector or stamp (as `types` says) on the page at any depth: one host call. */
  findAllWithCriteria<T extends ('CONNECTOR' | 'STAMP')[]>(criteria: {
    types: T
  }): ({ type: T[number] } & (PortConnector | PortStamp))[]
}

/**
 * One change in a `nodechange` event (NodeChange in Figma's docs): `id` and `origin` as Figma
 * gives them (`REMOTE` for changes by other people), `node` the node or, once deleted, a
 * `RemovedNode`; `properties` on a `PROPERTY_CHANGE`.
 */
export type PortNodeChange =
  | (Pick<CreateChange | DeleteChange, 'type' | 'id' | 'origin'> & {
      node: PortSceneNode | RemovedNode
    })
  | (Pick<PropertyChange, 'type' | 'id' | 'origin' | 'properties'> & {
      node: PortSceneNode | RemovedNode
    })

/** What `PageNode.on('nodechange')` gives its callback (NodeChangeEvent in Figma's docs). */
export interface PortNodeChangeEvent {
  nodeChanges: PortNodeChange[]
}

/**
 * The page's change events (`PageNode.on` / `off`, which work with `documentAccess:
 * dynamic-page` without loading other pages).
 */
export interface PortPageEvents {
  on(type: 'nodechange', callback: (event: PortNodeChangeEvent) => void): void
  off(type: 'nodechange', callback: (event: PortNodeChangeEvent) => void): void
}

export type PortDocument = Pick<DocumentNode, 'type' | 'id' | 'name'>

/**
 * `scrollAndZoomIntoView` is left out: it takes any `BaseNode`, which no narrow node type
 * satisfies. The adapter zooms by setting `center` and `zoom` from the nodes' bounds.
 */
export type PortViewport = Pick<ViewportAPI, 'center' | 'zoom' | 'bounds'>

export interface FigJamPort extends Pick<
  PluginAPI,
  'loadFontAsync' | 'commitUndo' | 'skipInvisibleInstanceChildren'
> {
  readonly currentPage: PortPage
  readonly viewport: PortViewport
  createSection(): PortSection
  createSticky(): PortSticky
  createText(): PortText
  createShapeWithText(): PortShapeWithText
  createConnector(): PortConnector
  getNodeByIdAsync(id: string): Promise<PortSceneNode | PortPage | PortDocument | null>
}
