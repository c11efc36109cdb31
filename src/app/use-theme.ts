// Puts the `dark` class on <html> when the chosen theme is dark, or when it follows the system
// and the system is dark; index.css draws dark mode from that class.
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { loadThemeChoice } from '../db/theme-repo';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = matchMedia(SYSTEM_DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemIsDark = () => matchMedia(SYSTEM_DARK).matches;

export function useTheme(): void {
  // Until the stored choice has been read, the theme follows the system, as at startup.
  const choice = useLiveQuery(loadThemeChoice) ?? 'system';
  const systemDark = useSyncExternalStore(subscribe, systemIsDark);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
  }, [dark]);
}
