/**
 * The panel's styles: its layout and the parts @create-figma-plugin/ui has no component for.
 * Colours come from Figma's theme variables only, so the panel follows FigJam's theme. Kept in
 * TypeScript rather than a .css file so the build makes no CSS-module typings for it.
 */
export const panelCss = /* css */ `
html,
body,
#create-figma-plugin {
  height: 100%;
}

.panel {
  display: flex;
  flex-direction: column;
  height: 100%;
  color: var(--figma-color-text);
  background-color: var(--figma-color-bg);
  font-size: var(--font-size-12);
  line-height: var(--line-height-16);
}

/* Tabs renders its bar and the active tab's body as the panel's two children. */
.panel > :last-child {
  flex: 1;
  min-height: 0;
}

.panel input[type='radio']:focus-visible + div,
.panel button:focus-visible,
.panel [role='radio']:focus-visible,
.panel input[type='file']:focus-visible + button {
  outline: 2px solid var(--figma-color-border-selected);
  outline-offset: 1px;
}

.tab-frame {
  height: 100%;
  overflow-y: auto;
}

.tab-status {
  position: sticky;
  top: 0;
  z-index: var(--z-index-2);
  background-color: var(--figma-color-bg);
}

.tab-status:not(:empty) {
  padding: var(--space-8) var(--space-12) 0;
}

.tab-content {
  padding: var(--space-12);
}

/* Keeps a focused or chosen row clear of the sticky Place button. */
.tab-content [role='radio'] {
  scroll-margin: var(--space-8) 0 112px;
}

.stack {
  display: flex;
  flex-direction: column;
  gap: var(--space-12);
}

.hint {
  margin: 0;
  color: var(--figma-color-text-secondary);
}

.status-stack {
  display: flex;
  flex-direction: column;
  gap: var(--space-8);
}

.status-pending {
  display: flex;
  align-items: center;
  gap: var(--space-8);
  padding: var(--space-8);
  border-radius: var(--border-radius-6);
  background-color: var(--figma-color-bg-secondary);
}

.notice-body {
  display: flex;
  align-items: flex-start;
  gap: var(--space-8);
}

.notice-text {
  flex: 1;
}

.notice-body button {
  color: inherit;
}

/* Templates */

.template-list {
  display: flex;
  flex-direction: column;
  gap: var(--space-8);
}

.template-card {
  display: flex;
  align-items: center;
  gap: var(--space-12);
  width: 100%;
  padding: var(--space-8);
  border: var(--border-width-1) solid var(--figma-color-border);
  border-radius: var(--border-radius-6);
  background-color: var(--figma-color-bg);
  color: var(--figma-color-text);
  font: inherit;
  text-align: left;
  cursor: pointer;
}

.template-card:hover {
  background-color: var(--figma-color-bg-hover);
}

.template-card[aria-checked='true'] {
  border-color: var(--figma-color-border-selected);
  background-color: var(--figma-color-bg-selected);
  box-shadow: inset 0 0 0 1px var(--figma-color-border-selected);
}

.template-thumbnail {
  flex: none;
  width: 112px;
  height: 80px;
}

.template-thumbnail-canvas {
  fill: #ffffff;
  stroke: var(--figma-color-border-strong);
  stroke-width: 1px;
  vector-effect: non-scaling-stroke;
}

.template-thumbnail-area {
  stroke: rgba(0, 0, 0, 0.18);
  stroke-width: 1px;
  vector-effect: non-scaling-stroke;
}

.template-thumbnail-label {
  fill: #333333;
  font-family: var(--font-family);
  font-weight: var(--font-weight-bold);
}

.template-thumbnail-marker {
  fill: #ffffff;
  stroke: #666666;
  stroke-width: 1px;
  stroke-dasharray: 2 2;
  vector-effect: non-scaling-stroke;
}

.template-card-text {
  display: flex;
  flex-direction: column;
  gap: var(--space-4);
  min-width: 0;
}

.template-card-title {
  font-weight: var(--font-weight-bold);
}

.template-card-purpose {
  color: var(--figma-color-text-secondary);
}

.kit {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--space-4);
}

.method-canvases {
  align-items: stretch;
}

.method-filters {
  display: flex;
  gap: var(--space-8);
}

.method-language {
  flex: none;
  width: 128px;
}

.method-search {
  flex: 1;
  min-width: 0;
}

.method-list {
  display: flex;
  flex-direction: column;
  gap: 2px;
}

.method-row {
  display: flex;
  align-items: flex-start;
  gap: var(--space-8);
  width: 100%;
  padding: var(--space-4) var(--space-8);
  border: var(--border-width-1) solid transparent;
  border-radius: var(--border-radius-4);
  background-color: transparent;
  color: var(--figma-color-text);
  font: inherit;
  text-align: left;
  cursor: pointer;
}

.method-row:hover {
  background-color: var(--figma-color-bg-hover);
}

.method-row[aria-checked='true'] {
  border-color: var(--figma-color-border-selected);
  background-color: var(--figma-color-bg-selected);
}

.method-row .template-thumbnail {
  width: 40px;
  height: 28px;
}

.method-row-text {
  display: flex;
  flex-direction: column;
  gap: 2px;
  min-width: 0;
  padding-top: 6px;
}

.method-row-title {
  font-weight: var(--font-weight-bold);
}

.method-row-purpose {
  color: var(--figma-color-text-secondary);
}

.notice-issues {
  margin: var(--space-4) 0 0;
  padding-left: var(--space-16);
  font-family: var(--font-family-code);
  font-size: var(--font-size-11);
  overflow-wrap: anywhere;
}

.actions {
  position: sticky;
  bottom: 0;
  display: flex;
  flex-direction: column;
  gap: var(--space-8);
  margin: 0 calc(-1 * var(--space-12)) calc(-1 * var(--space-12));
  padding: var(--space-12);
  border-top: var(--border-width-1) solid var(--figma-color-border);
  background-color: var(--figma-color-bg);
}

/* Check */

.toolbar {
  display: flex;
  align-items: flex-end;
  justify-content: space-between;
  gap: var(--space-8);
}

.field {
  display: flex;
  flex-direction: column;
  gap: var(--space-4);
}

.field-label,
.preview-label {
  color: var(--figma-color-text-secondary);
  font-size: var(--font-size-11);
}

.canvas-report {
  display: flex;
  flex-direction: column;
  gap: var(--space-8);
  padding-top: var(--space-12);
  border-top: var(--border-width-1) solid var(--figma-color-border);
}

.canvas-title,
.section-title {
  margin: 0;
  font-size: var(--font-size-12);
  font-weight: var(--font-weight-bold);
}

.area-title {
  margin: 0 0 var(--space-4);
  color: var(--figma-color-text-secondary);
  font-size: var(--font-size-11);
  font-weight: var(--font-weight-bold);
}

.fit-bars {
  display: flex;
  flex-direction: column;
  gap: var(--space-6);
}

.fit-bar-text {
  display: flex;
  justify-content: space-between;
  margin-bottom: 2px;
}

.fit-bar-count {
  font-variant-numeric: tabular-nums;
}

.fit-bar-track {
  height: 6px;
  overflow: hidden;
  border-radius: 3px;
  background-color: var(--figma-color-bg-tertiary);
}

.fit-bar-fill {
  height: 100%;
  background-color: var(--figma-color-bg-warning);
}

.fit-bar-complete .fit-bar-fill {
  background-color: var(--figma-color-bg-success);
}

.finding-list,
.suggestion-list,
.suggestion-candidates {
  display: flex;
  flex-direction: column;
  gap: var(--space-4);
  margin: 0;
  padding: 0;
  list-style: none;
}

.finding {
  display: flex;
  align-items: flex-start;
  gap: var(--space-8);
  width: 100%;
  padding: var(--space-6) var(--space-8);
  border-radius: var(--border-radius-4);
  background-color: var(--figma-color-bg-secondary);
  color: var(--figma-color-text);
  font: inherit;
  text-align: left;
  cursor: pointer;
}

.finding:hover {
  background-color: var(--figma-color-bg-hover);
  box-shadow: inset 0 0 0 1px var(--figma-color-border);
}

.severity {
  flex: none;
  min-width: 52px;
  font-size: var(--font-size-11);
  font-weight: var(--font-weight-bold);
}

.finding-error .severity {
  color: var(--figma-color-text-danger);
}

.finding-warning .severity {
  color: var(--figma-color-text-warning);
}

.finding-info .severity {
  color: var(--figma-color-text-secondary);
}

.finding-message {
  overflow-wrap: anywhere;
}

.panel-section {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--space-8);
  padding-top: var(--space-12);
  border-top: var(--border-width-1) solid var(--figma-color-border);
}

.suggestion-list {
  align-self: stretch;
  gap: var(--space-12);
}

.suggestion-kind {
  font-weight: var(--font-weight-bold);
}

.suggestion-canvas {
  color: var(--figma-color-text-secondary);
}

.suggestion-candidates {
  margin-top: var(--space-4);
  padding-left: var(--space-12);
  border-left: 2px solid var(--figma-color-border);
}

.suggestion-candidate {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-8);
}

.suggestion-text {
  overflow-wrap: anywhere;
}

.button-row {
  display: flex;
  flex-wrap: wrap;
  gap: var(--space-8);
}

.empty-state {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--space-8);
}

.empty-state p {
  margin: 0;
}

/* Export */

.export-preview textarea {
  min-height: 280px;
  font-family: var(--font-family-code);
  font-size: var(--font-size-11);
  white-space: pre;
}
`
