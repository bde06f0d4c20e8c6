#!/usr/bin/env node
// The `api-canvas` command: runs the bundle bin/build-cli.js writes (npm ci and npm pack build it).
await import(new URL('dist/api-canvas.js', import.meta.url).href)
