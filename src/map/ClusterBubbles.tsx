import { Marker } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { clustersWithCounts } from './features';
import { type LayoutCluster, LAYOUT_MAX_ZOOM, type MarkerLayout } from './marker-layout';
import { clusterRadius } from './marker-style';
import { prefersReducedMotion } from './motion';

/**
 * The clusters of the current zoom as buttons over the map: a count that changes with every
 * date step costs a React render, not a map source rebuild, and each cluster can be reached
 * and opened from the keyboard. A click zooms in until the cluster breaks apart.
 */
export function ClusterBubbles({
  map,
  layout,
  visibleCountByPlace,
  onPoint,
}: {
  map: MaplibreMap;
  layout: MarkerLayout;
  visibleCountByPlace: ReadonlyMap<string, number>;
  onPoint: (pointed: { cluster: LayoutCluster; count: number } | null) => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const [wholeZoom, setWholeZoom] = useState(() => Math.floor(map.getZoom()));

  useEffect(() => {
    const onZoom = () => setWholeZoom(Math.floor(map.getZoom()));
    map.on('zoom', onZoom);
    return () => {
      map.off('zoom', onZoom);
    };
  }, [map]);

  const clusters = useMemo(
    () => clustersWithCounts(layout.clusters, wholeZoom, visibleCountByPlace),
    [layout, wholeZoom, visibleCountByPlace],
  );

  const open = (cluster: LayoutCluster) =>
    map.easeTo({
      center: cluster.coordinates,
      zoom: Math.min(LAYOUT_MAX_ZOOM, cluster.expansionZoom),
      duration: prefersReducedMotion() ? 0 : 500,
    });

  return clusters.map(({ cluster, count }) => {
    const names = cluster.placeIds
      .filter((id) => visibleCountByPlace.has(id))
      .map((id) => placeById(catalog, id)?.name[lang] ?? id);
    const size = Math.round(clusterRadius(count) * 2);
    return (
      <Marker
        key={cluster.key}
        longitude={cluster.coordinates[0]}
        latitude={cluster.coordinates[1]}
        anchor="center"
      >
        <button
          type="button"
          className="cluster-bubble"
          style={{ width: size, height: size }}
          aria-label={`${t('map.cluster', { count, places: names.join(', ') })} – ${t('map.clusterHint')}`}
          onClick={() => open(cluster)}
          onMouseEnter={() => onPoint({ cluster, count })}
          onMouseLeave={() => onPoint(null)}
          onFocus={() => onPoint({ cluster, count })}
          onBlur={() => onPoint(null)}
        >
          {count}
        </button>
      </Marker>
    );
  });
}
