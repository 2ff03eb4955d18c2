import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../data/dataset';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';

/** Notices are given once, on arrival: dismissing forgets them all (Back does not bring them back). */
const dismissUrlNotices = () => useAppStore.setState({ urlNotices: [] });

/**
 * What was wrong with the link or the data, said plainly, floating over the top of the map so
 * it never pushes the map out of view; the rest of the page still works. One notice per cause,
 * each closed with one button.
 */
export function Notices() {
  const { t } = useTranslation();
  const { problems } = useModel();
  const notices = useAppStore((state) => state.urlNotices);
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const showProblems = problems.length > 0 && !problemsDismissed;
  if (notices.length === 0 && !showProblems) return null;

  return (
    <section className="notices" aria-label={t('notices')}>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <p>{t('linkProblems')}</p>
          <ul>
            {notices.map((notice, index) => (
              <li key={`${notice.param}-${index}`}>
                {t(`urlNotice.${notice.reason}`, { ...notice })}
              </li>
            ))}
          </ul>
          <CloseButton label={t('dismiss')} onClick={dismissUrlNotices} />
        </div>
      )}
      {showProblems && (
        <div className="notice data-problems" role="alert">
          <p>{t('dataProblems', { count: problems.length })}</p>
          <details>
            <summary>{t('showDataProblems')}</summary>
            <ul>
              {problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{describeProblem(problem)}</li>
              ))}
            </ul>
          </details>
          <CloseButton label={t('dismiss')} onClick={() => setProblemsDismissed(true)} />
        </div>
      )}
    </section>
  );
}

function CloseButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="close-button" aria-label={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
