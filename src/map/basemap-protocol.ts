import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

/**
 * Lets MapLibre read `pmtiles://` tile URLs: tiles come out of one archive on our own origin,
 * fetched by HTTP range requests, so only what the view needs is loaded. Call before the map
 * is created; calling again does nothing.
 */
export function registerBasemapProtocol(): void {
  if (registered) return;
  maplibregl.addProtocol('pmtiles', new Protocol().tile);
  registered = true;
}
