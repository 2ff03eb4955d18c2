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
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { MapView as MapViewState } from '../domain/url/codec';
import { registerBasemapProtocol } from './basemap-protocol';
import { ClusterBubbles } from './ClusterBubbles';
import {
  clusterSpotFeatures,
  countByPlace,
  eventFeatures,
  layoutPlaces,
  placeFeatures,
} from './features';
import { announcedIcon, clusterIcon, ICON_OPTIONS, occurredIcon } from './icons';
import { buildMapStyle } from './map-style';
import { MapOverview } from './MapOverview';
import { MapTooltip, type PointedTarget } from './MapTooltip';
import { computeMarkerLayout, LAYOUT_MAX_ZOOM, type LayoutCluster } from './marker-layout';
import { LAYER, MARKER_ICONS, markerLayers } from './marker-style';
import { HIT_RADIUS_PX, type MapTarget, pickMarker, shownMarkers } from './pick';
import { useHighlightedMarker } from './use-highlighted-marker';
import { useMapSync } from './use-map-sync';
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

function LiveMap({
  initialView,
  onFail,
}: {
  initialView: MapViewState | null;
  onFail: () => void;
}) {
  const { t } = useTranslation();
  const model = useModel();
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [pointed, setPointed] = useState<PointedTarget | null>(null);
  const visible = useVisibleEvents();
  const visibleCountByPlace = useMemo(() => countByPlace(visible), [visible]);

  // Where every marker sits at every zoom depends on the data only: computed once.
  const [layout] = useState(() =>
    computeMarkerLayout(layoutPlaces(model.dataset.places, model.eventsByPlace)),
  );
  // Built once: the map owns its sources from here on, and React never hands it a new style.
  const [mapStyle] = useState(() =>
    buildMapStyle({
      baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
      lang: useAppStore.getState().lang,
      places: placeFeatures(
        model.dataset.places,
        layout,
        new globalThis.Map([...model.eventsByPlace].map(([id, events]) => [id, events.length])),
      ),
      events: eventFeatures(model.eventsByPlace, model.placesById, layout),
      clusterSpots: clusterSpotFeatures(layout.clusters),
    }),
  );
  const placeDots = useMemo(
    () => model.dataset.places.filter((place) => place.precision === 'point'),
    [model],
  );
  const placeIndexById = useMemo(
    () => new globalThis.Map(model.dataset.places.map((place, index) => [place.id, index])),
    [model],
  );

  const highlighted = useHighlightedMarker(map, layout, visible);

  useMapSync(map, layout, visible, visibleCountByPlace, placeIndexById, initialView !== null);

  // Pointer events read the latest shown events without re-creating their handlers.
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  const targetAt = useCallback(
    (point: { x: number; y: number }, hitRadius: number): MapTarget | null => {
      const live = mapRef.current?.getMap();
      if (!live) return null;
      const project = (coordinates: readonly [number, number]) =>
        live.project(coordinates as [number, number]);
      const zoom = live.getZoom();
      const markers = shownMarkers(
        visibleRef.current.map((event) => ({
          id: event.record.id,
          place: model.placesById.get(event.record.place)!.coordinates,
        })),
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
      return label[0] ? { kind: 'place', id: String(label[0].properties.id) } : null;
    },
    [layout, model, placeDots],
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
