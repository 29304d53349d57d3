#!/usr/bin/env node
// The `matchcut` command: runs the TypeScript sources directly through tsx, so a checkout
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../adapters/cli/main.ts');
