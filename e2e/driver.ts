import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

interface EventRow {
  id: string;
  place: string;
  title: { de: string; en: string };
  date: { start: string; end: string; precision: string };
  sources: { article: string; quote: string }[];
}

/** The curated events, read straight from the repository: what the app is meant to show. */
export const EVENTS: EventRow[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'geodata', 'events.json'), 'utf8'),
);

export function eventById(id: string): EventRow {
  const event = EVENTS.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event "${id}" in geodata/events.json`);
  return event;
}

/** A thin driver: what a person does and sees, in their words, so specs read as stories. */
export class Lagekarte {
  constructor(readonly page: Page) {}

  async open(query = '', options: { waitForMap?: boolean } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.slider().waitFor();
    if (options.waitForMap ?? true) await this.waitForMapIdle(0);
  }

  slider(): Locator {
    return this.page.getByRole('slider', { name: /^(Datum|Date)$/ });
  }

  eventList(): Locator {
    return this.page.getByRole('list', { name: /^(Ereignisse|Events)$/ });
  }

  details(): Locator {
    return this.page.getByRole('region', { name: 'Details' });
  }

  async listedTitles(): Promise<string[]> {
    return this.eventList().locator('.event-item-title').allTextContents();
  }

  async listedEventIds(lang: 'de' | 'en' = 'de'): Promise<string[]> {
    const titles = await this.listedTitles();
    return titles.map((title) => {
      const match = EVENTS.filter((event) => event.title[lang] === title);
      if (match.length !== 1) throw new Error(`title "${title}" matches ${match.length} events`);
      return match[0]!.id;
    });
  }

  async chooseEvent(id: string, lang: 'de' | 'en' = 'de'): Promise<void> {
    await this.eventList()
      .getByRole('button', { name: eventById(id).title[lang] })
      .click();
  }

  async pressOnSlider(...keys: string[]): Promise<void> {
    await this.slider().focus();
    for (const key of keys) await this.slider().press(key);
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async idleCount(): Promise<number> {
    return Number(await this.page.locator('.map').getAttribute('data-idle-count'));
  }

  /** Waits until the map has settled at least once more than `after` times. */
  async waitForMapIdle(after: number): Promise<void> {
    await this.page.waitForFunction(
      (count) => {
        const map = document.querySelector('.map');
        return (
          map?.getAttribute('data-map-loaded') === 'true' &&
          Number(map.getAttribute('data-idle-count')) > count
        );
      },
      after,
      { timeout: 30_000 },
    );
  }

  /** Event ids the map currently draws, read from the map's own feature-state. */
  async eventIdsShownOnMap(): Promise<string[]> {
    const flags = await this.page.evaluate((count) => {
      const map = window.lagekarteMap!;
      return Array.from({ length: count }, (_, id) =>
        Boolean(map.getFeatureState({ source: 'events', id }).visible),
      );
    }, EVENTS.length);
    return EVENTS.filter((_, index) => flags[index]).map((event) => event.id);
  }

  async eventSelectedOnMap(id: string): Promise<boolean> {
    const index = EVENTS.findIndex((event) => event.id === id);
    return this.page.evaluate(
      (featureId) =>
        Boolean(window.lagekarteMap!.getFeatureState({ source: 'events', id: featureId }).selected),
      index,
    );
  }

  /** Place ids whose labels the map has rendered in the current view. */
  async placeLabelsRendered(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .lagekarteMap!.queryRenderedFeatures({ layers: ['place-labels'] })
        .map((feature) => String(feature.properties.id)),
    );
  }

  async placeIdsOnMap(): Promise<string[]> {
    return this.page.evaluate(() => {
      const source = window.lagekarteMap!.getStyle().sources.places as {
        data: { features: { properties: { id: string } }[] };
      };
      return source.data.features.map((feature) => feature.properties.id);
    });
  }

  // --- Basemap (e2e/basemap.spec.ts) -------------------------------------------------------

  async chooseLanguage(lang: 'de' | 'en'): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Sprache|Language)$/ }).selectOption(lang);
  }

  /** How many features of a basemap layer the map has drawn in the current view. */
  async basemapFeaturesDrawn(layer: 'land' | 'borders' | 'lakes' | 'rivers'): Promise<number> {
    return this.page.evaluate(
      (id) => window.lagekarteMap!.queryRenderedFeatures({ layers: [id] }).length,
      layer,
    );
  }

  /** The names a basemap label layer shows in the current view, in the language it draws. */
  async basemapLabelsShown(
    layer: 'city-labels' | 'country-labels' | 'water-labels',
  ): Promise<string[]> {
    return this.page.evaluate((id) => {
      const map = window.lagekarteMap!;
      const [, field] = map.getLayoutProperty(id, 'text-field') as [string, string];
      return map
        .queryRenderedFeatures({ layers: [id] })
        .map((feature) => String(feature.properties[field]));
    }, layer);
  }

  async countrySelectedOnMap(iso: string): Promise<boolean> {
    return this.page.evaluate(
      (id) =>
        Boolean(
          window.lagekarteMap!.getFeatureState({ source: 'basemap', sourceLayer: 'countries', id })
            .selected,
        ),
      iso,
    );
  }
}

declare global {
  interface Window {
    lagekarteMap?: import('maplibre-gl').Map;
  }
}
