#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step to forget.
//
// `check` and `replay` (run once per message, by people and scripts) start from a bundle of the
// same sources instead: esbuild writes it into node_modules/.cache/fanzha/<signature>/ on the first
// run after any file under src/ changed (the signature is every file's path, size and mtime), so it
// is never stale, and loading one file costs about half the CPU of loading 240 through tsx. If the
// bundle cannot be built or loaded, or FANZHA_NO_BUNDLE is set, the sources run through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLED = new Set(['check', 'replay']);

/** Every file under `dir`: relative path, size and mtime, hashed (a few ms for the whole tree). */
function signature(dir) {
  const hash = createHash('sha256');
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, `${rel}${e.name}/`);
      else { const s = statSync(p); hash.update(`${rel}${e.name}\0${s.size}\0${s.mtimeMs}\n`); }
    }
  };
  walk(dir, '');
  return hash.digest('hex').slice(0, 16);
}

/** The bundled CLI's `main`, built first if the sources changed; null when it cannot be had. */
async function bundledMain() {
  try {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const cache = fileURLToPath(new URL('../node_modules/.cache/fanzha/', import.meta.url));
    const sig = signature(src);
    const dir = join(cache, sig);
    const entry = join(dir, 'main.js');
    if (!existsSync(entry)) {
      const { build, stop } = await import('esbuild');
      const tmp = `${dir}.tmp-${process.pid}`;
      mkdirSync(cache, { recursive: true });
      try {
        await build({
          entryPoints: [join(src, 'cli/main.ts')], outdir: tmp, bundle: true, splitting: true, format: 'esm',
          platform: 'node', target: 'node20', packages: 'external', logLevel: 'silent',
        });
      } finally {
        await stop?.(); // esbuild's service process ends with the build, not after the check
      }
      try { renameSync(tmp, dir); } catch { rmSync(tmp, { recursive: true, force: true }); } // another run built it first
      // Older bundles go (best effort: one may still be running).
      for (const old of readdirSync(cache)) if (old !== sig && !old.includes('.tmp-')) rmSync(join(cache, old), { recursive: true, force: true });
    }
    return (await import(pathToFileURL(entry).href)).main;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
let main = BUNDLED.has(args[0]) && !process.env.FANZHA_NO_BUNDLE ? await bundledMain() : null;
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(args, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
