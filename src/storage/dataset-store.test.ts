import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { testDataset, testMapEvent } from '../domain/events/test-map-event';
import {
  listStoredDatasets,
  loadStoredDataset,
  removeStoredDataset,
  saveDataset,
  storageError,
} from './dataset-store';

const dataset = (id: string, count: number) =>
  testDataset(
    id,
    Array.from({ length: count }, (_, i) => testMapEvent(id, `e${i}`, 17000 + i)),
    3,
  );

describe('the browser’s store of imported datasets', () => {
  it('keeps a dataset whole, in chunks, and gives it back as it was', async () => {
    const original = dataset('acled-11111111', 12_345);
    const info = await saveDataset(original);
    expect(info).toMatchObject({ id: 'acled-11111111', count: 12_345, chunks: 3 });
    const listed = await listStoredDatasets();
    expect(listed.map((kept) => kept.id)).toContain('acled-11111111');
    const progress: number[] = [];
    const loaded = await loadStoredDataset(info, (n) => progress.push(n));
    expect(progress).toEqual([5000, 10_000, 12_345]);
    expect(loaded).toEqual({ ...original, kind: 'imported' });
  });

  it('keeps an added article’s text and facts with its events', async () => {
    const article = {
      id: '005_0123456789abcdef',
      title: 'Sarakib',
      published: '2020-01-30',
      publishedFrom: 'text' as const,
      text: 'Am Donnerstag beschossen Regierungstruppen Sarakib.',
      addedAt: '2026-11-25T18:00:00.000Z',
    };
    const original = { ...dataset('article-44444444', 2), article };
    const loaded = await loadStoredDataset(await saveDataset(original));
    expect(loaded.article).toEqual(article);
    expect(loaded.events).toEqual(original.events);
  });

  it('removes a dataset with all its chunks, and nothing else', async () => {
    await saveDataset(dataset('keep-22222222', 10));
    const gone = await saveDataset(dataset('gone-33333333', 6000));
    await removeStoredDataset('gone-33333333');
    const ids = (await listStoredDatasets()).map((kept) => kept.id);
    expect(ids).toContain('keep-22222222');
    expect(ids).not.toContain('gone-33333333');
    await expect(loadStoredDataset(gone)).rejects.toThrow(/missing/);
  });

  it('keeps nothing of a dataset whose writing fails half-way', async () => {
    const broken = dataset('half-44444444', 7000);
    // Something that cannot be stored, in the second chunk: the first is already written.
    (broken.events[6000] as unknown as { notes: unknown }).notes = () => 'not storable';
    await expect(saveDataset(broken)).rejects.toThrow();
    expect((await listStoredDatasets()).map((kept) => kept.id)).not.toContain('half-44444444');
    await expect(
      loadStoredDataset({
        id: 'half-44444444',
        name: 'x',
        kind: 'imported',
        count: 5000,
        chunks: 1,
        importedAt: '',
      }),
    ).rejects.toThrow(/missing/);
  });

  it('sweeps away the chunks of a dataset whose saving a crash cut short', async () => {
    // What a tab killed mid-import leaves: chunks, and no entry saying the dataset exists.
    const raw = await openDB('lagekarte', 1);
    await raw.put('chunks', { dataset: 'crashed-55555555', index: 0, events: [] });
    raw.close();
    expect((await listStoredDatasets()).map((kept) => kept.id)).not.toContain('crashed-55555555');
    const after = await openDB('lagekarte', 1);
    const keys = await after.getAllKeys('chunks');
    after.close();
    expect(keys.filter((key) => (key as [string, number])[0] === 'crashed-55555555')).toEqual([]);
  });

  it('tells a full disk from storage that is refused altogether', () => {
    expect(storageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(storageError(new DOMException('no', 'SecurityError')).reason).toBe('unavailable');
    expect(storageError(new Error('odd')).reason).toBe('failed');
  });
});
