import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_FORMAT } from '../domain/articles/added-article';
import { CURATED_DATASET_ID } from '../domain/events/event';
import { datasetColor } from '../events/dataset-colors';
import { hideDataset, removeDataset, showDataset, useCatalogStore } from '../state/catalog-store';
import { useAppStore } from '../state/store';

const DownloadBundle = lazy(() =>
  import('../add-article/DownloadBundle').then((module) => ({ default: module.DownloadBundle })),
);

/**
 * Every dataset: the articles, and each import this browser keeps. Each can be shown or hidden;
 * an import can be removed, after a second, explicit confirmation.
 */
export function DatasetList() {
  const { t } = useTranslation();
  const shown = useAppStore((state) => state.datasets);
  const stored = useCatalogStore((state) => state.stored);
  const catalog = useCatalogStore((state) => state.catalog);
  const loading = useCatalogStore((state) => state.loading);
  const [confirming, setConfirming] = useState<string | null>(null);

  // Imports loaded in this page but not (yet, or no longer) kept in storage show too.
  const imports = [
    ...stored,
    ...catalog.datasets
      .filter(
        (dataset) => dataset.kind === 'imported' && !stored.some((kept) => kept.id === dataset.id),
      )
      .map((dataset) => ({
        id: dataset.id,
        name: dataset.name,
        format: dataset.format,
        colorIndex: dataset.colorIndex,
        count: dataset.events.length,
      })),
  ];
  const curatedCount = catalog.datasetsById.get(CURATED_DATASET_ID)?.events.length ?? 0;

  const toggle = (id: string, on: boolean) => (on ? void showDataset(id) : hideDataset(id));

  return (
    <ul className="dataset-list">
      <li className="dataset">
        <label className="dataset-toggle">
          <input
            type="checkbox"
            checked={shown.includes(CURATED_DATASET_ID)}
            onChange={(event) => toggle(CURATED_DATASET_ID, event.target.checked)}
          />
          <span className="dataset-name">{t('datasets.curated')}</span>
        </label>
        <span className="dataset-meta">{t('datasets.curatedMeta', { count: curatedCount })}</span>
      </li>
      {imports.map((info, index) => (
        <li key={info.id} className="dataset">
          <label className="dataset-toggle">
            <input
              type="checkbox"
              checked={shown.includes(info.id)}
              disabled={info.id in loading}
              onChange={(event) => toggle(info.id, event.target.checked)}
            />
            <span
              className="dataset-swatch"
              aria-hidden="true"
              style={{ background: datasetColor(info.colorIndex ?? index) }}
            />
            <span className="dataset-name">{info.name}</span>
          </label>
          <span className="dataset-meta">
            {[
              info.format === ARTICLE_FORMAT ? t('addArticle.format') : info.format,
              t('eventCount', { count: info.count }),
              info.id,
            ]
              .filter(Boolean)
              .join(' · ')}
            {info.id in loading && <> · {t('datasets.loading', { loaded: loading[info.id]! })}</>}
          </span>
          {info.format === ARTICLE_FORMAT && (
            <Suspense fallback={null}>
              <DownloadBundle datasetId={info.id} name={info.name} />
            </Suspense>
          )}
          {confirming === info.id ? (
            <span
              className="dataset-confirm"
              role="group"
              aria-label={t('datasets.confirmRemove', { name: info.name })}
            >
              <span>{t('datasets.confirmRemove', { name: info.name })}</span>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirming(null);
                  void removeDataset(info.id);
                }}
              >
                {t('datasets.remove')}
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                {t('datasets.keep')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="dataset-remove"
              aria-label={t('datasets.removeNamed', { name: info.name })}
              onClick={() => setConfirming(info.id)}
            >
              {t('datasets.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
