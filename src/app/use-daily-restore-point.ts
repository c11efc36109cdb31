// A restore point once a day when something changed: checked soon after start and then every
// hour, so a tab left open for days keeps one a day too. Any restore point (before an import, a
// delete…) counts as the day's.
import { useEffect } from 'react';
import { dailyRestorePointDue } from '../db/daily-point';
import { keepRestorePoint } from '../workers/backups';

const FIRST_CHECK_MS = 10_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function useDailyRestorePoint(): void {
  useEffect(() => {
    const check = () => {
      dailyRestorePointDue(Date.now())
        .then((yes) => (yes ? keepRestorePoint('daily') : undefined))
        .catch((error: unknown) =>
          console.error('Checking for a daily restore point failed', error),
        );
    };
    const first = setTimeout(check, FIRST_CHECK_MS);
    const every = setInterval(check, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, []);
}
