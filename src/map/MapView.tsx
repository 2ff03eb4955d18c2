import {
  Map,
  type MapLayerMouseEvent,
  type MapRef,
  NavigationControl,
} from '@vis.gl/react-maplibre';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectEvent, selectPlace } from '../state/navigation';
import { type Catalog, eventsAtPlace, isCurated } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { visibilityOf } from '../state/visibility';
import type { MapView as MapViewState } from '../domain/url/codec';
import { registerBasemapProtocol } from './basemap-protocol';
import { ClusterBubbles } from './ClusterBubbles';
import {
  clusterSpotFeatures,
  eventFeatures,
  layoutPlaces,
  placeFeatures,
  siteFeatures,
} from './features';
import { announcedIcon, clusterIcon, ICON_OPTIONS, occurredIcon } from './icons';
import { buildMapStyle } from './map-style';
import { MapOverview } from './MapOverview';
import { MapTooltip, type PointedTarget } from './MapTooltip';
import { computeMarkerLayout, LAYOUT_MAX_ZOOM, type LayoutCluster } from './marker-layout';
import { LAYER, MARKER_ICONS, MARKER_SOURCE, markerLayers } from './marker-style';
import { HIT_RADIUS_PX, type MapTarget, pickMarker, shownMarkers } from './pick';
import { useHighlightedMarker } from './use-highlighted-marker';
import { setLiveMap } from './live-map';
import { useMapSync } from './use-map-sync';
import { useVisibleCountByPlace } from './use-visible-counts';
import { supportsWebGL } from './webgl';

registerBasemapProtocol(); // before any map exists: the basemap's tiles are pmtiles:// URLs

/** Idlib and Aleppo, where most of the reporting happens, with the Turkish border in view. */
const DEFAULT_VIEW: MapViewState = { longitude: 36.9, latitude: 35.9, zoom: 7 };

declare global {
  interface Window {
    /** The live map, for end-to-end tests and for curious people with a console. */
    lagekarteMap?: maplibregl.Map;
  }
}

export function MapView({ initialView }: { initialView: MapViewState | null }) {
  const { t } = useTranslation();
  const [webgl] = useState(supportsWebGL);
  const [failed, setFailed] = useState(false);
  if (!webgl || failed) {
    return (
      <div className="map-unavailable" role="alert">
        {t('mapUnavailable')}
      </div>
    );
  }
  return <LiveMap initialView={initialView} onFail={() => setFailed(true)} />;
}

/** Buttons over the map (clusters) handle their own pointer; the map ignores what they get. */
const isOnButton = (event: MapLayerMouseEvent) =>
  event.originalEvent.target instanceof Element &&
  Boolean(event.originalEvent.target.closest('button'));

const isTouch = (event: MapLayerMouseEvent) =>
  (event.originalEvent as PointerEvent).pointerType === 'touch' ||
  window.matchMedia('(pointer: coarse)').matches;

/** The curated events at a curated place, in date order. */
function curatedEventsAt(catalog: Catalog, placeId: string) {
  return eventsAtPlace(catalog, placeId).filter((event) => isCurated(event.dataset));
}

/** Every place of every imported dataset, coloured by the dataset's place among the imports. */
function sitesOf(catalog: Catalog) {
  const imported = catalog.datasets.filter((dataset) => dataset.kind === 'imported');
  return siteFeatures(
    imported.flatMap((dataset, index) =>
      dataset.places.map((place) => ({
        place,
        dataset: dataset.id,
        colorIndex: dataset.colorIndex ?? index,
      })),
    ),
  );
}

function LiveMap({
  initialView,
  onFail,
}: {
  initialView: MapViewState | null;
  onFail: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [pointed, setPointed] = useState<PointedTarget | null>(null);
  const visibleCountByPlace = useVisibleCountByPlace();

  // Where every curated marker sits at every zoom depends on the articles only: computed once.
  const [layout] = useState(() =>
    computeMarkerLayout(layoutPlaces(catalog.curated.places, (id) => curatedEventsAt(catalog, id))),
  );
  // Built once: the map owns its sources from here on, and React never hands it a new style.
  const [mapStyle] = useState(() =>
    buildMapStyle({
      baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
      lang: useAppStore.getState().lang,
      places: placeFeatures(
        catalog.curated.places,
        layout,
        new globalThis.Map(
          catalog.curated.places.map((place) => [
            place.id,
            curatedEventsAt(catalog, place.id).length,
          ]),
        ),
      ),
      events: eventFeatures(catalog.curated.places, (id) => curatedEventsAt(catalog, id), layout),
      clusterSpots: clusterSpotFeatures(layout.clusters),
      sites: sitesOf(catalog),
    }),
  );
  const placeDots = useMemo(
    () => catalog.curated.places.filter((place) => place.precision === 'point'),
    [catalog],
  );

  // Imports come and go without a new map: only the sites' source is given new data (and not
  // the data the style was built with again: re-tiling 5,000 sites is not free).
  const [styledCatalog] = useState(catalog);
  useEffect(() => {
    if (catalog === styledCatalog) return;
    const source = map?.getSource(MARKER_SOURCE.sites) as maplibregl.GeoJSONSource | undefined;
    source?.setData(sitesOf(catalog));
  }, [map, catalog, styledCatalog]);

  // The map is removed with this component (react-maplibre); so is the export's hold on it.
  useEffect(() => () => setLiveMap(null), []);

  const highlighted = useHighlightedMarker(map, layout);

  useMapSync(map, layout, initialView !== null);

  const targetAt = useCallback(
    (point: { x: number; y: number }, hitRadius: number): MapTarget | null => {
      const live = mapRef.current?.getMap();
      if (!live) return null;
      const project = (coordinates: readonly [number, number]) =>
        live.project(coordinates as [number, number]);
      const zoom = live.getZoom();
      const visibility = visibilityOf(catalog.table);
      const markers = shownMarkers(
        catalog.curated.places.flatMap((place) =>
          curatedEventsAt(catalog, place.id)
            .filter((event) => visibility.isVisible(catalog.table.rowById.get(event.id)!))
            .map((event) => ({ id: event.id, place: place.coordinates })),
        ),
        layout,
        zoom,
        project,
      );
      const marker = pickMarker(
        point,
        markers,
        hitRadius,
        placeDots.map((place) => ({ id: place.id, ...project(place.coordinates) })),
      );
      if (marker) return marker;
      const label = live.queryRenderedFeatures([point.x, point.y], { layers: [LAYER.placeLabels] });
      if (label[0]) return { kind: 'place', id: String(label[0].properties.id) };
      const box: [[number, number], [number, number]] = [
        [point.x - hitRadius / 2, point.y - hitRadius / 2],
        [point.x + hitRadius / 2, point.y + hitRadius / 2],
      ];
      const site = live
        .queryRenderedFeatures(box, { layers: [LAYER.sites] })
        .find((feature) => Number(feature.state.count ?? 0) > 0);
      return site ? { kind: 'place', id: String(site.properties.id) } : null;
    },
    [layout, catalog, placeDots],
  );

  const onLoad = useCallback(() => {
    const live = mapRef.current!.getMap();
    const images = [
      [MARKER_ICONS.occurred, occurredIcon],
      [MARKER_ICONS.announced, announcedIcon],
      [MARKER_ICONS.cluster, clusterIcon],
    ] as const;
    for (const [name, draw] of images)
      if (!live.hasImage(name)) live.addImage(name, draw(), ICON_OPTIONS);
    for (const layer of markerLayers()) if (!live.getLayer(layer.id)) live.addLayer(layer);
    window.lagekarteMap = live;
    setLiveMap(live);
    setMap(live);
  }, []);

  // Tests wait for this counter to move instead of sleeping; it bypasses React on purpose.
  const onIdle = useCallback(() => {
    const container = containerRef.current;
    if (container)
      container.dataset.idleCount = String(Number(container.dataset.idleCount ?? 0) + 1);
  }, []);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      if (isOnButton(event)) return;
      const target = targetAt(event.point, HIT_RADIUS_PX[isTouch(event) ? 'touch' : 'mouse']);
      if (target?.kind === 'event') selectEvent(target.id);
      else if (target?.kind === 'place') selectPlace(target.id);
    },
    [targetAt],
  );

  // The cursor and the tooltip promise what a click will do, so they ask the same question.
  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      if (isOnButton(event)) return;
      const target = targetAt(event.point, HIT_RADIUS_PX.mouse);
      setPointed(target ? { target, x: event.point.x, y: event.point.y } : null);
    },
    [targetAt],
  );

  const onPointCluster = useCallback((at: { cluster: LayoutCluster; count: number } | null) => {
    const live = mapRef.current?.getMap();
    if (!at || !live) return setPointed(null);
    const { x, y } = live.project(at.cluster.coordinates);
    setPointed({ target: { kind: 'cluster', ...at }, x, y: y - 10 });
  }, []);

  const onError = useCallback(
    (event: { error?: Error }) => {
      if (/webgl/i.test(event.error?.message ?? '')) onFail();
      else console.warn('Map:', event.error?.message);
    },
    [onFail],
  );

  const view = initialView ?? DEFAULT_VIEW;
  // What the pointer is on wins over what the list points at.
  const tooltip = pointed ?? highlighted;
  return (
    <div className="map" ref={containerRef} data-map-loaded={Boolean(map)} data-idle-count={0}>
      <Map
        ref={mapRef}
        mapLib={maplibregl}
        workerUrl={workerUrl}
        initialViewState={view}
        mapStyle={mapStyle}
        hash="map"
        minZoom={1}
        maxZoom={LAYOUT_MAX_ZOOM}
        attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
        cursor={pointed ? 'pointer' : 'grab'}
        onMouseMove={onMouseMove}
        onMouseOut={() => setPointed(null)}
        onMoveStart={() => setPointed(null)}
        onLoad={onLoad}
        onIdle={onIdle}
        onClick={onClick}
        onError={onError}
        style={{ width: '100%', height: '100%' }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        {map && (
          <ClusterBubbles
            map={map}
            layout={layout}
            visibleCountByPlace={visibleCountByPlace}
            onPoint={onPointCluster}
          />
        )}
      </Map>
      {tooltip && <MapTooltip pointed={tooltip} />}
      {map && <MapOverview map={map} visibleCountByPlace={visibleCountByPlace} />}
      {!map && <p className="map-loading">{t('mapLoading')}</p>}
    </div>
  );
}
