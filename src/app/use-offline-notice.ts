// Tells the user when this device goes offline, or Arbor opens without a connection: the chats
// are all here, but a model on the internet can't reply until the connection is back. The notice
// stays while offline and goes once the connection is back. The failed reply itself names the
// endpoint that could not be reached.
import { useEffect } from 'react';
import { useUi } from '../store/ui';

export const OFFLINE_NOTICE =
  "You're offline. Your chats are all here, but a model on the internet can't reply until the connection is back.";

export function useOfflineNotice(): void {
  useEffect(() => {
    const tell = () =>
      useUi.getState().notify({ tone: 'info', topic: 'offline', text: OFFLINE_NOTICE });
    const back = () => useUi.getState().dismissTopic('offline');
    if (!navigator.onLine) tell();
    window.addEventListener('offline', tell);
    window.addEventListener('online', back);
    return () => {
      window.removeEventListener('offline', tell);
      window.removeEventListener('online', back);
    };
  }, []);
}
