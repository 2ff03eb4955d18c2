import { Map, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectEvent, selectPlace } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';
import type { MapView as MapViewState } from '../url/codec';
import { eventFeatures, placeFeatures } from './features';
import { registerBasemapProtocol } from './basemap-protocol';
import { announcedIcon, ICON_OPTIONS, occurredIcon } from './icons';
import { buildMapStyle, EVENT_ICONS, eventLayers, LAYER } from './map-style';
import { pickTarget } from './pick';
import { useMapSync } from './use-map-sync';
import { supportsWebGL } from './webgl';

registerBasemapProtocol(); // before any map exists: the basemap's tiles are pmtiles:// URLs

const INTERACTIVE_LAYERS = [LAYER.events, LAYER.places, LAYER.placeLabels];
/** Idlib and Aleppo, where most of the reporting happens, with Ankara and Damascus in view. */
const DEFAULT_VIEW: MapViewState = { longitude: 36.4, latitude: 36.3, zoom: 6 };

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
  const [loaded, setLoaded] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const [hovering, setHovering] = useState(false);

  // Built once: the map owns its sources from here on, and React never hands it a new style.
  const [mapStyle] = useState(() =>
    buildMapStyle({
      baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
      lang: useAppStore.getState().lang,
      places: placeFeatures(
        model.dataset.places,
        new globalThis.Map([...model.eventsByPlace].map(([id, events]) => [id, events.length])),
      ),
      events: eventFeatures(model.eventsByPlace, model.placesById),
    }),
  );
  const placeIndexById = useMemo(
    () => new globalThis.Map(model.dataset.places.map((place, index) => [place.id, index])),
    [model],
  );

  useMapSync(mapRef, loaded, placeIndexById);

  const onLoad = useCallback(() => {
    const map = mapRef.current!.getMap();
    if (!map.hasImage(EVENT_ICONS.occurred))
      map.addImage(EVENT_ICONS.occurred, occurredIcon(), ICON_OPTIONS);
    if (!map.hasImage(EVENT_ICONS.announced))
      map.addImage(EVENT_ICONS.announced, announcedIcon(), ICON_OPTIONS);
    for (const layer of eventLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer);
    window.lagekarteMap = map;
    setLoaded(true);
  }, []);

  // Tests wait for this counter to move instead of sleeping; it bypasses React on purpose.
  const onIdle = useCallback(() => {
    const container = containerRef.current;
    if (container)
      container.dataset.idleCount = String(Number(container.dataset.idleCount ?? 0) + 1);
  }, []);

  const onClick = useCallback((event: MapLayerMouseEvent) => {
    const map = mapRef.current?.getMap();
    const target = map && pickTarget(map, event.features ?? [], event.point);
    if (target?.kind === 'event') selectEvent(target.id);
    else if (target?.kind === 'place') selectPlace(target.id);
  }, []);

  // The pointer cursor promises a click will do something, so it asks the same question.
  const onMouseMove = useCallback((event: MapLayerMouseEvent) => {
    const map = mapRef.current?.getMap();
    setHovering(Boolean(map && pickTarget(map, event.features ?? [], event.point)));
  }, []);

  const onError = useCallback(
    (event: { error?: Error }) => {
      if (/webgl/i.test(event.error?.message ?? '')) onFail();
      else console.warn('Map:', event.error?.message);
    },
    [onFail],
  );

  const view = initialView ?? DEFAULT_VIEW;
  return (
    <div className="map" ref={containerRef} data-map-loaded={loaded} data-idle-count={0}>
      <Map
        ref={mapRef}
        mapLib={maplibregl}
        workerUrl={workerUrl}
        initialViewState={view}
        mapStyle={mapStyle}
        hash="map"
        minZoom={1}
        maxZoom={12}
        attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovering ? 'pointer' : 'grab'}
        onMouseMove={onMouseMove}
        onLoad={onLoad}
        onIdle={onIdle}
        onClick={onClick}
        onError={onError}
        style={{ width: '100%', height: '100%' }}
      />
      {!loaded && <p className="map-loading">{t('mapLoading')}</p>}
    </div>
  );
}
