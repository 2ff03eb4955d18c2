import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium the bench drives: $CHROMIUM_PATH, else Debian's. */
export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
}

/**
 * Serves a production build with `vite preview` and resolves once it answers; `stop()` ends the
 * server (it runs in a process group of its own, so npx's children go too).
 */
export async function startPreview({ root, port, outDir }) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      ...(outDir ? ['--outDir', outDir] : []),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('preview server did not start');
}
