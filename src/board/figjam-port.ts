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
  | 'getSharedPluginData'
  | 'setSharedPluginData'
>

/**
 * A text layer inside a sticky or shape. Its text members are read-only here: the plugin writes
 * them through `text-writes.ts`, which takes proof that the font was loaded (`LoadedFont`).
 */
export type PortTextSublayer = Readonly<
  Pick<TextSublayerNode, 'characters' | 'fontName' | 'fontSize' | 'hasMissingFont'>
>

export interface PortSticky
  extends
    PortNodeBase<StickyNode>,
    Pick<StickyNode, 'type' | 'fills' | 'authorName' | 'authorVisible' | 'isWideWidth'> {
  readonly text: PortTextSublayer
}

/**
 * A text node. Its text members are read-only here (written through `text-writes.ts`, with a
 * `LoadedFont`); `resize` also needs the font loaded, so set the font first.
 */
export interface PortText
  extends
    PortNodeBase<TextNode>,
    Pick<TextNode, 'type' | 'fills' | 'resize'>,
    Readonly<Pick<TextNode, 'characters' | 'fontName' | 'fontSize' | 'textAutoResize'>> {}

export interface PortShapeWithText
  extends
    PortNodeBase<ShapeWithTextNode>,
    Pick<ShapeWithTextNode, 'type' | 'shapeType' | 'fills' | 'resize'> {
  readonly text: PortTextSublayer
}

export interface PortConnector
  extends
    PortNodeBase<ConnectorNode>,
    Pick<ConnectorNode, 'type' | 'connectorLineType' | 'connectorStart' | 'connectorEnd'> {}

export interface PortSection
  extends
    PortNodeBase<SectionNode>,
    Pick<
      SectionNode,
      'type' | 'fills' | 'resizeWithoutConstraints' | 'setRelaunchData' | 'getRelaunchData'
    > {
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

/** What a group and a frame share in the port: read for their bounds, markers and children. */
export interface PortHolder<N extends GroupNode | FrameNode> extends Pick<
  N,
  | 'type'
  | 'id'
  | 'name'
  | 'removed'
  | 'absoluteBoundingBox'
  | 'getPluginData'
  | 'getSharedPluginData'
> {
  readonly children: readonly PortSceneNode[]
}

/**
 * A group people made (⌘G in FigJam). It has no coordinate space of its own: its children's x/y
 * are relative to the group's parent. Its bounds are the union of its children's, and a group
 * left without children deletes itself (Figma's GroupNode docs).
 */
export type PortGroup = PortHolder<GroupNode>

/**
 * A frame: FigJam has no frame tool, but frames pasted from Figma design files can hold
 * stickies. Like a section, its children's x/y are relative to it (FrameNode docs).
 */
export type PortFrame = PortHolder<FrameNode>

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
    Pick<BaseNodeMixin, 'id' | 'name' | 'removed' | 'getPluginData' | 'getSharedPluginData'> {
  readonly type: Exclude<
    SceneNode['type'],
    'STICKY' | 'TEXT' | 'SHAPE_WITH_TEXT' | 'CONNECTOR' | 'SECTION' | 'GROUP' | 'FRAME'
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
  | PortFrame
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
  /**
   * The menu command the plugin was started with: `''` on a plain launch, and undefined when the
   * manifest has no menu (Figma's docs, figma.command; the typings say `string`).
   */
  readonly command: string | undefined
  readonly currentPage: PortPage
  readonly viewport: PortViewport
  createSection(): PortSection
  createSticky(): PortSticky
  createText(): PortText
  createShapeWithText(): PortShapeWithText
  createConnector(): PortConnector
  getNodeByIdAsync(id: string): Promise<PortSceneNode | PortPage | PortDocument | null>
}
