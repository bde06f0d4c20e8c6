#!/usr/bin/env node
// Runs the TypeScript command line through tsx's loader, so it works after `npm ci` with no build.
import process from 'node:process'

import { register } from 'tsx/esm/api'

register()
const { runNodeCliAsync } = await import('../src/cli/node-cli.ts')
await runNodeCliAsync(process.argv.slice(2))
