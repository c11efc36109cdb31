// Tells the user an action failed, in plain words, and the developer why, in the console.
import { useUi } from './ui';

export function reportFailure(what: string) {
  return (error: unknown) => {
    console.error(`${what} failed`, error);
    useUi.getState().notify({
      tone: 'error',
      text: `${what} failed: ${error instanceof Error ? error.message : String(error)}. Nothing else was changed; try again.`,
    });
  };
}
