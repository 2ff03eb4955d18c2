import { useTranslation } from 'react-i18next';

/**
 * The first stop for the Tab key: past the map and the whole event list, straight to the date
 * slider. A link by convention, but it must not touch the hash, which holds the map view.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document
          .getElementById(targetId)
          ?.querySelector<HTMLElement>('input[type="range"]')
          ?.focus();
      }}
    >
      {t('skipToTimeline')}
    </a>
  );
}
