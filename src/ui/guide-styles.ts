/** Styles of the Guide tab (src/ui/guide-*.tsx), in FigJam's panel colours. */
export const guideCss = `
.guide { display: flex; flex-direction: column; gap: 8px; padding: 8px 12px 16px; }
.guide-choices { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; }
.guide-choices label { display: flex; flex-direction: column; gap: 2px; font-size: 11px; }
.guide-choices select { font: inherit; padding: 2px 4px; }
.guide-where { font-weight: 600; margin: 0; }
.guide-purpose { margin: 0; color: var(--figma-color-text-secondary, #666); }
.guide-station { border: 1px solid var(--figma-color-border, #e6e6e6); border-radius: 6px; padding: 4px 8px; }
.guide-station[data-state='current'] { border-color: var(--figma-color-border-brand-strong, #0d99ff); }
.guide-station summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.guide-state { font-weight: 400; color: var(--figma-color-text-secondary, #666); }
.guide-list { margin: 4px 0; padding-left: 16px; }
.guide-criteria { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.guide-criteria label { display: flex; gap: 6px; align-items: flex-start; }
.guide input[type='checkbox'] { -webkit-appearance: checkbox; appearance: auto; width: 14px; height: 14px; flex: none; margin: 2px 0 0; }
.guide-note input { border: 1px solid var(--figma-color-border, #e6e6e6); border-radius: 2px; padding: 2px 4px; }
.guide select { border: 1px solid var(--figma-color-border, #e6e6e6); border-radius: 2px; }
.guide-evidence { margin: 2px 0 0 22px; color: var(--figma-color-text-secondary, #666); }
.guide-note { display: flex; gap: 4px; margin: 2px 0 0 22px; }
.guide-note input { flex: 1; font: inherit; }
.guide-warning { border-left: 3px solid var(--figma-color-border-warning, #f5a623); padding: 4px 8px; }
`
