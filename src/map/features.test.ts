import { describe, expect, it } from 'vitest';
import { testEvent } from '../events/test-event';
import type { Place } from '../data/schema';
import { toTimedEvents } from '../events/timed-events';
import { eventFeatures, labelAnchor, placeFeatures, SLOT_SPACING_PX, slotOffset } from './features';

describe('slotOffset', () => {
  it('puts a lone event on its place', () => {
    expect(slotOffset(0, 1)).toEqual([0, 0]);
  });

  it('keeps every marker of a crowded place apart', () => {
    const slots = Array.from({ length: 40 }, (_, slot) => slotOffset(slot, 40));
    for (let a = 0; a < slots.length; a++) {
      for (let b = a + 1; b < slots.length; b++) {
        const distance = Math.hypot(slots[a]![0] - slots[b]![0], slots[a]![1] - slots[b]![1]);
        expect(distance).toBeGreaterThan(SLOT_SPACING_PX);
      }
    }
  });
});

const place = (id: string, coordinates: [number, number]): Place => ({
  id,
  name: { de: id, en: id },
  aliases: [id],
  kind: 'city',
  country: 'SY',
  precision: 'point',
  coordinates,
});

const event = (id: string, placeId: string, start: string) =>
  testEvent(id, start, start, { place: placeId, status: 'announced', category: 'diplomacy' });

describe('eventFeatures', () => {
  it('draws each event at its place, with the dataset index as feature id', () => {
    const places = [place('aleppo', [37.16, 36.2]), place('moscow', [37.62, 55.75])];
    const timed = toTimedEvents([
      event('b', 'aleppo', '2016-10-05'),
      event('a', 'aleppo', '2016-10-03'),
      event('c', 'moscow', '2016-10-06'),
    ]);
    const byPlace = new Map<string, typeof timed>();
    for (const e of timed) byPlace.set(e.record.place, [...(byPlace.get(e.record.place) ?? []), e]);
    const collection = eventFeatures(byPlace, new Map(places.map((p) => [p.id, p])));
    expect(collection.features.map((f) => [f.id, f.properties.id, f.geometry.coordinates])).toEqual(
      [
        [1, 'a', [37.16, 36.2]],
        [0, 'b', [37.16, 36.2]],
        [2, 'c', [37.62, 55.75]],
      ],
    );
    expect(collection.features[0]!.properties.offset).not.toEqual(
      collection.features[1]!.properties.offset,
    );
    expect(collection.features[2]!.properties.offset).toEqual([0, 0]);
  });
});

describe('labelAnchor', () => {
  const moscow = { ...place('moscow', [37.6178, 55.752]) };
  const kremlin: Place = { ...place('kremlin', [37.6176, 55.7512]), kind: 'building' };
  const geneva = place('geneva', [6.1457, 46.2022]);
  const munich = place('munich', [11.5755, 48.1374]);
  const idlibCity = place('idlib-city', [36.6339, 35.9306]);
  const haas = place('haas', [36.5953, 35.6169]);
  const idlib: Place = { ...place('idlib', [36.42, 35.8]), kind: 'region', precision: 'region' };

  it('puts a lone place’s label to its right', () => {
    expect(labelAnchor(geneva, [geneva, munich])).toBe('left');
  });

  it('stacks the labels of places on the same spot', () => {
    expect(labelAnchor(moscow, [moscow, kremlin])).toBe('bottom');
    expect(labelAnchor(kremlin, [moscow, kremlin])).toBe('top');
  });

  it('turns a label away from a close neighbour beside it', () => {
    const west = place('west', [36.0, 35.9]);
    const east = place('east', [36.6, 35.9]);
    expect(labelAnchor(west, [west, east])).toBe('right');
    expect(labelAnchor(east, [west, east])).toBe('left');
  });

  it('keeps labels beside places whose neighbour is above or below, and centres regions', () => {
    expect(labelAnchor(idlibCity, [idlibCity, haas, idlib])).toBe('left');
    expect(labelAnchor(idlib, [idlibCity, haas, idlib])).toBe('top');
  });
});

describe('placeFeatures', () => {
  it('carries both names for labels in either language', () => {
    const [feature] = placeFeatures([
      { ...place('moscow', [37.62, 55.75]), name: { de: 'Moskau', en: 'Moscow' } },
    ]).features;
    expect(feature!.properties).toMatchObject({
      id: 'moscow',
      name_de: 'Moskau',
      name_en: 'Moscow',
    });
    expect(feature!.id).toBe(0);
  });

  it('moves labels clear of the event markers: right of points, below regions', () => {
    const idlib: Place = { ...place('idlib', [36.6, 35.9]), kind: 'region', precision: 'region' };
    const [city, region] = placeFeatures(
      [place('aleppo', [37.16, 36.2]), idlib],
      new Map([
        ['aleppo', 9],
        ['idlib', 25],
      ]),
    ).features;
    expect(city!.properties.labelOffset[1]).toBe(0);
    expect(city!.properties.labelOffset[0] * 13).toBeGreaterThan(SLOT_SPACING_PX * Math.sqrt(9));
    expect(region!.properties.labelOffset[0]).toBe(0);
    expect(region!.properties.labelOffset[1] * 13).toBeGreaterThan(SLOT_SPACING_PX * Math.sqrt(25));
  });
});
