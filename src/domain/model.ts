import type { DataProblem, Dataset } from './data/dataset';
import type { Actor, Article, Place } from './data/schema';
import { dateRange, eventStartDays, toTimedEvents, type TimedEvent } from './events/timed-events';
import { type Day, dayFromParts } from './time/days';

/** The dataset with the lookups every view needs, built once at start-up. */
export interface Model {
  dataset: Dataset;
  problems: DataProblem[];
  events: TimedEvent[];
  eventsById: Map<string, TimedEvent>;
  eventsByPlace: Map<string, TimedEvent[]>;
  placesById: Map<string, Place>;
  articlesById: Map<string, Article>;
  actorsById: Map<string, Actor>;
  range: { min: Day; max: Day };
  startDays: Day[];
}

export function buildModel(dataset: Dataset, problems: DataProblem[]): Model {
  const events = toTimedEvents(dataset.events);
  const eventsByPlace = new Map<string, TimedEvent[]>();
  for (const event of events) {
    const list = eventsByPlace.get(event.record.place) ?? [];
    list.push(event);
    eventsByPlace.set(event.record.place, list);
  }
  // With no usable events the slider still needs a span; the articles' years are a fair one.
  const range = dateRange(events) ?? {
    min: dayFromParts(2016, 1, 1),
    max: dayFromParts(2020, 12, 31),
  };
  return {
    dataset,
    problems,
    events,
    eventsById: new Map(events.map((event) => [event.record.id, event])),
    eventsByPlace,
    placesById: new Map(dataset.places.map((place) => [place.id, place])),
    articlesById: new Map(dataset.articles.map((article) => [article.id, article])),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    range,
    startDays: eventStartDays(events),
  };
}
