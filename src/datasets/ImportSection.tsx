import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectedRowsToCsv } from '../domain/formats/csv-export';
import {
  cancelImport,
  dismissImportReport,
  importFile,
  useImportStore,
} from '../state/import-store';
import { useAppStore } from '../state/store';
import { download } from './download';

/** So many rejected rows are listed on screen; all of them are in the downloadable report. */
const LISTED_REJECTIONS = 50;

/** The file picker, the progress of a running import, and the report of the last one. */
export function ImportSection() {
  const { t } = useTranslation();
  const lang = useAppStore((state) => state.lang);
  const state = useImportStore();
  const inputRef = useRef<HTMLInputElement>(null);

  return (
    <section className="data-section" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importing.heading')}</h3>
      <p className="hint">{t('importing.formats')}</p>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/geo+json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button
        type="button"
        className="primary"
        disabled={state.phase === 'running'}
        onClick={() => inputRef.current?.click()}
      >
        {t('importing.button')}
      </button>

      {state.phase === 'running' && (
        <div className="import-progress" role="status">
          <p>
            {state.progress
              ? t('importing.running', { name: state.fileName, rows: state.progress.rowsRead })
              : t('importing.starting', { name: state.fileName })}
          </p>
          <progress
            aria-label={t('importing.progress')}
            max={state.progress?.totalBytes || 1}
            value={state.progress?.bytesRead ?? 0}
          />
          <button type="button" onClick={cancelImport}>
            {t('importing.cancel')}
          </button>
        </div>
      )}

      {state.phase === 'cancelled' && (
        <p role="status">{t('importing.cancelled', { name: state.fileName })}</p>
      )}

      {state.phase === 'failed' && (
        <p role="alert" className="import-failed">
          {t('importing.failed', { name: state.fileName, reason: state.error[lang] })}
        </p>
      )}

      {state.phase === 'imported' && (
        <div className="import-report" role="status">
          <p>
            {t('importing.done', {
              name: state.fileName,
              format: state.summary.formatLabel,
              accepted: state.summary.accepted,
              rejected: state.summary.rejectedCount,
            })}
          </p>
          {state.summary.accepted === 0 && <p>{t('importing.noneTaken')}</p>}
          {state.summary.rejectedCount > 0 && (
            <>
              <h4>{t('importing.rejectedHeading')}</h4>
              {/* Focusable, so a long list can be scrolled with the keyboard. */}
              <div
                className="rejected-table"
                tabIndex={0}
                role="region"
                aria-label={t('importing.rejectedHeading')}
              >
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('importing.row')}</th>
                      <th scope="col">{t('importing.column')}</th>
                      <th scope="col">{t('importing.value')}</th>
                      <th scope="col">{t('importing.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.summary.rejected.slice(0, LISTED_REJECTIONS).map((rejected, index) => (
                      <tr key={`${rejected.row}-${index}`}>
                        <td>{rejected.row}</td>
                        <td>{rejected.column ?? ''}</td>
                        <td>{rejected.value ?? ''}</td>
                        <td>{rejected.reason[lang]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {state.summary.rejectedCount > LISTED_REJECTIONS && (
                <p className="hint">
                  {t('importing.rejectedMore', {
                    count: state.summary.rejectedCount - LISTED_REJECTIONS,
                  })}
                </p>
              )}
              <button
                type="button"
                onClick={() =>
                  download(
                    `${state.fileName.replace(/\.[^.]*$/, '')}-rejected.csv`,
                    rejectedRowsToCsv(state.summary.rejected, state.summary.rejectedCount),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {t('importing.downloadRejected')}
              </button>
            </>
          )}
          <button type="button" className="link-button" onClick={dismissImportReport}>
            {t('importing.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
