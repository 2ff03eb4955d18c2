/**
 * Gzip sizes of the built JavaScript, from Vite's manifest (build with `--manifest`): what the
 * first view loads (the entry chunk and its static imports, transitively), the lazily loaded
 * map chunk(s), and the workers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export function bundleSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const closure = (keys) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return seen;
  };
  const jsOf = (keys) =>
    [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(dist, file), 0);

  const entry = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const initial = closure(entry);
  // Everything reachable through dynamic imports from the first view, not already loaded.
  const lazyKeys = new Set();
  const pending = [...initial].flatMap((key) => manifest[key].dynamicImports ?? []);
  while (pending.length) {
    const key = pending.pop();
    if (lazyKeys.has(key) || initial.has(key)) continue;
    lazyKeys.add(key);
    pending.push(...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? []));
  }
  const lazyFiles = jsOf(lazyKeys);
  const maplibreFiles = lazyFiles.filter((file) => /maplibre-gl-(?!worker)/.test(file));
  // Workers are emitted as assets, not chunks, so they are found by name.
  const assetFiles = Object.values(manifest).flatMap((chunk) => [
    chunk.file,
    ...(chunk.assets ?? []),
  ]);
  const worker = (pattern) => [...new Set(assetFiles.filter((file) => pattern.test(file)))];
  const importWorker = worker(/import-worker-.*\.js$/);
  const mapWorker = worker(/maplibre-gl-worker-.*\.m?js$/);
  return {
    initialJs: { files: jsOf(initial), gzipBytes: sum(jsOf(initial)) },
    lazyJs: { files: lazyFiles, gzipBytes: sum(lazyFiles) },
    maplibreChunk: { files: maplibreFiles, gzipBytes: sum(maplibreFiles) },
    importWorker: { files: importWorker, gzipBytes: sum(importWorker) },
    maplibreWorker: { files: mapWorker, gzipBytes: sum(mapWorker) },
  };
}
