import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGeoJson } from '../src/domain/formats/geojson-import';

const ROOT = join(import.meta.dirname, '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run -s extract', () => {
  it('prints GeoJSON the app imports as it is', () => {
    const result = run('geodata/articles/002_0ed2dba358d43fa2.txt', '--published', '2020-03-02');
    expect(result.status).toBe(0);
    const imported = importGeoJson(result.stdout, 'check');
    if ('error' in imported) throw new Error(imported.error.en);
    expect(imported.summary.rejectedCount).toBe(0);
    expect(imported.events.length).toBeGreaterThan(0);
    expect(imported.events[0]!.sources[0]!.article).toBe('002_0ed2dba358d43fa2');
    expect(imported.actorNames.russia).toEqual({ de: 'Russland', en: 'Russia' });
    expect(result.stderr).toMatch(/events proposed/);
  }, 30_000);

  it('fails with a message on stderr and nothing on stdout for bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const english = join(dir, 'english.txt');
    writeFileSync(
      english,
      'The Turkish army said on Sunday that it had shot down two Syrian jets over Idlib.',
    );
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    for (const [args, status, message] of [
      [['missing.txt', '--published', '2020-03-02'], 1, 'missing.txt: no such file'],
      [[english, '--published', '2020-03-02'], 1, 'does not read as German'],
      [[empty, '--published', '2020-03-02'], 1, 'empty'],
      [[english, '--published', '2020-13-02'], 2, 'is not a date'],
      [[english], 2, 'no publication date given'],
    ] as const) {
      const result = run(...args);
      expect(result.status).toBe(status);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    }
  }, 60_000);
});
