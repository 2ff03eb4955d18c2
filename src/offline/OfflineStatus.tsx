import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfflineStore } from './offline-store';
import './offline.css';

/**
 * Says, quietly, when the app has been stored for use without a network, and offers a new
 * version when one has arrived. Nothing on a visit where neither happens.
 */
export function OfflineStatus() {
  const { t } = useTranslation();
  const ready = useOfflineStore((state) => state.ready);
  const applyUpdate = useOfflineStore((state) => state.applyUpdate);
  const [dismissed, setDismissed] = useState<'ready' | 'update' | null>(null);
  const shown =
    applyUpdate && dismissed !== 'update' ? 'update' : ready && !dismissed ? 'ready' : null;

  return (
    <div className={`offline-status${shown ? ` ${shown}` : ''}`} data-offline={shown ?? undefined}>
      {/* Always in the page, so that what appears in it is announced. */}
      <p role="status">
        {shown === 'update'
          ? t('offline.updateReady')
          : shown === 'ready'
            ? t('offline.ready')
            : ''}
      </p>
      {shown === 'update' && (
        <button type="button" className="offline-reload" onClick={applyUpdate!}>
          {t('offline.reload')}
        </button>
      )}
      {shown && (
        <button
          type="button"
          className="close-button"
          aria-label={t('dismiss')}
          onClick={(event) => {
            // The button goes with the notice: focus rests on <main>, as after other notices.
            const hadFocus = document.activeElement === event.currentTarget;
            setDismissed(shown);
            if (hadFocus) document.querySelector<HTMLElement>('main')?.focus();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
