#!/usr/bin/env node
// The `waspada` bin (`npx waspada info --json`): runs the TypeScript CLI through tsx, on the Node that npm puts first
// on PATH (the project's Node 24 from the npm package `node`).
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
