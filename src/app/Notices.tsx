import { useTranslation } from 'react-i18next';
import { describeProblem } from '../data/dataset';
import { dismissUrlNotice } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';

/** What was wrong with the link or the data, said plainly; the rest of the page still works. */
export function Notices() {
  const { t } = useTranslation();
  const { problems } = useModel();
  const notices = useAppStore((state) => state.urlNotices);
  if (notices.length === 0 && problems.length === 0) return null;

  return (
    <section className="notices" aria-label={t('notices')}>
      {notices.map((notice, index) => (
        <p key={`${notice.param}-${index}`} className="notice" role="status">
          <span>{t(`urlNotice.${notice.reason}`, { ...notice })}</span>
          <button
            type="button"
            className="close-button"
            aria-label={t('dismiss')}
            onClick={() => dismissUrlNotice(index)}
          >
            ×
          </button>
        </p>
      ))}
      {problems.length > 0 && (
        <div className="notice data-problems" role="alert">
          <p>{t('dataProblems', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, 20).map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
