import type { FakeConnector } from './fake-connector'
import type { FakeFrame } from './fake-frame'
import type { FakeGroup } from './fake-group'
import type { FakeOtherNode } from './fake-other-node'
import type { FakePage } from './fake-page'
import type { FakeSection } from './fake-section'
import type { FakeShapeWithText } from './fake-shape-with-text'
import type { FakeSticky } from './fake-sticky'
import type { FakeText } from './fake-text'

/** Every node the fake board can hold; `nodeType` tells them apart without a host call. */
export type FakeSceneNode =
  | FakeSticky
  | FakeText
  | FakeShapeWithText
  | FakeConnector
  | FakeSection
  | FakeGroup
  | FakeFrame
  | FakeOtherNode

/** What can hold nodes: the page, a section, a group or a frame. */
export type FakeContainer = FakePage | FakeSection | FakeGroup | FakeFrame
