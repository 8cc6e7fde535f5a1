#!/usr/bin/env node
// `npm install` runs this: it builds dist/ when the TypeScript compiler is installed (a development
// install), and otherwise leaves an existing build alone, so `npm ci --omit=dev` after a build (the
// production and container path) works instead of failing for want of a dev dependency.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let tsc = null;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = null;
}
if (tsc) {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
} else if (!existsSync(join(root, 'dist', 'main.js'))) {
  process.stderr.write('briefbot: dist/ is not built and TypeScript is not installed; run `npm install` (with dev dependencies) and `npm run build`.\n');
}
