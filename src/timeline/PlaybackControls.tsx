import { useTranslation } from 'react-i18next';
import type { TimeSpan } from '../domain/time/span';
import {
  PLAYBACK_SPEEDS,
  type PlaybackSpeed,
  setPlaybackSpeed,
  togglePlayback,
  usePlayback,
} from '../state/playback';

/** Plays the span from the date on, and pauses; Space does the same on the timeline. */
export function PlayButton({ span }: { span: TimeSpan }) {
  const { t } = useTranslation();
  const playing = usePlayback((state) => state.playing);
  return (
    <button
      type="button"
      className="play-button"
      aria-pressed={playing}
      aria-keyshortcuts="Space"
      onClick={() => togglePlayback(span)}
    >
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t('playback.play')}
    </button>
  );
}

/** How much time a second of playback covers. */
export function SpeedControl() {
  const { t } = useTranslation();
  const speed = usePlayback((state) => state.speed);
  return (
    <label className="speed-control">
      <span className="speed-label">{t('playback.speed')}</span>
      <select
        value={speed}
        onChange={(event) => setPlaybackSpeed(event.target.value as PlaybackSpeed)}
      >
        {PLAYBACK_SPEEDS.map((option) => (
          <option key={option} value={option}>
            {t(`playback.per.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
