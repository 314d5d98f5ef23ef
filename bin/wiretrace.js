#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli/ by `npm run build` (run on `npm ci` via `prepare`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
