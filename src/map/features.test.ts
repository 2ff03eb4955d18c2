import { describe, expect, it } from 'vitest';
import { testEvent } from '../domain/events/test-event';
import type { Place } from '../domain/data/schema';
import { curatedEvent } from '../domain/events/curated';
import type { MapEvent } from '../domain/events/event';
import {
  clustersWithCounts,
  clusterSpotFeatures,
  eventFeatures,
  layoutPlaces,
  placeFeatures,
  siteFeatures,
} from './features';
import { computeMarkerLayout, LAYOUT_MAX_ZOOM } from './marker-layout';

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

const places = [place('aleppo', [37.16, 36.2]), place('moscow', [37.62, 55.75])];
const events = [
  event('a', 'aleppo', '2016-10-03'),
  event('b', 'aleppo', '2016-10-05'),
  event('c', 'moscow', '2016-10-06'),
].map(curatedEvent);
const eventsAt = (placeId: string): MapEvent[] => events.filter((e) => e.place === placeId);
const layout = computeMarkerLayout(layoutPlaces(places, eventsAt));

describe('eventFeatures', () => {
  it('draws each event at its place, known by its qualified id', () => {
    const collection = eventFeatures(places, eventsAt, layout);
    expect(collection.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['articles:a', [37.16, 36.2]],
      ['articles:b', [37.16, 36.2]],
      ['articles:c', [37.62, 55.75]],
    ]);
  });

  it('carries the layout: an offset per zoom, and the zoom from which it stands alone', () => {
    const [a, b, c] = eventFeatures(places, eventsAt, layout).features;
    const key = `o${LAYOUT_MAX_ZOOM}` as const;
    // Two events around Aleppo leave its dot free; Moscow's only event stands on Moscow.
    expect(a!.properties[key]).not.toEqual([0, 0]);
    expect(b!.properties[key]).not.toEqual(a!.properties[key]);
    expect(c!.properties[key]).toEqual([0, 0]);
    expect(a!.properties.ownFrom).toBe(layout.ownFrom.get('articles:a'));
  });
});

describe('placeFeatures', () => {
  it('carries both names for labels in either language', () => {
    const [feature] = placeFeatures(
      [{ ...place('moscow', [37.62, 55.75]), name: { de: 'Moskau', en: 'Moscow' } }],
      layout,
      new Map(),
    ).features;
    expect(feature!.properties).toMatchObject({
      id: 'moscow',
      name_de: 'Moskau',
      name_en: 'Moscow',
    });
  });

  it('puts a label outside its own markers, and ranks places with more events first', () => {
    const [aleppo, moscow] = placeFeatures(
      places,
      layout,
      new Map([
        ['aleppo', 2],
        ['moscow', 1],
      ]),
    ).features;
    const key = `r${LAYOUT_MAX_ZOOM}` as const;
    const reach = layout.reach.get('aleppo')![LAYOUT_MAX_ZOOM - 1]!;
    expect(aleppo!.properties[key]! * 13).toBeGreaterThan(reach);
    expect(aleppo!.properties[key]).toBeGreaterThan(moscow!.properties[key]!);
    expect(aleppo!.properties.rank).toBeLessThan(moscow!.properties.rank);
  });
});

describe('clusters', () => {
  const cluster = (key: string, zoom: number, placeIds: string[]) => ({
    key,
    zoom,
    coordinates: [37, 40] as [number, number],
    placeIds,
    expansionZoom: zoom + 2,
  });
  const clusters = [
    cluster('3/0', 3, ['aleppo', 'idlib']),
    cluster('3/1', 3, ['moscow']),
    cluster('4/0', 4, ['idlib']),
  ];

  it('counts the shown events of a cluster’s places at a zoom, and leaves out empty ones', () => {
    const counts = new Map([
      ['aleppo', 2],
      ['idlib', 5],
    ]);
    expect(
      clustersWithCounts(clusters, 3.7, counts).map(({ cluster: c, count }) => [c.key, count]),
    ).toEqual([['3/0', 7]]);
    expect(
      clustersWithCounts(clusters, 4, counts).map(({ cluster: c, count }) => [c.key, count]),
    ).toEqual([['4/0', 5]]);
  });

  it('gives every cluster a fixed spot for each zoom, counts left out', () => {
    expect(clusterSpotFeatures(clusters).features.map((f) => f.properties)).toEqual([
      { key: '3/0', zoom: 3 },
      { key: '3/1', zoom: 3 },
      { key: '4/0', zoom: 4 },
    ]);
  });
});

describe('siteFeatures', () => {
  it('draws each imported place once, with its dataset, colour and precision', () => {
    const [site] = siteFeatures([
      {
        place: {
          id: 'acled-1:p0',
          name: { de: 'Marea', en: 'Marea' },
          coordinates: [37.05, 36.6],
          precision: 'near',
        },
        dataset: 'acled-1',
        colorIndex: 2,
      },
    ]).features;
    expect(site!.geometry.coordinates).toEqual([37.05, 36.6]);
    expect(site!.properties).toEqual({
      id: 'acled-1:p0',
      dataset: 'acled-1',
      colorIndex: 2,
      precision: 'near',
    });
  });
});
