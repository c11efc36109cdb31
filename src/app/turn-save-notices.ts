// What the user is told when a reply can't be stored because the disk is full, and the Save
// reply action that stores what was kept in memory once there is room again.
import { useEffect } from 'react';
import { onTurnSaveFailure, type SaveFailure } from '../engine/turns';
import { saveUnsavedReplies } from '../engine/unsaved-replies';
import { isDiskFull } from '../lib/disk-full';
import { notifyDiskFull, reportFailure } from '../store/report-failure';
import { useUi } from '../store/ui';

const TEXTS: Record<SaveFailure, string> = {
  streaming:
    'This reply can’t be saved: this browser’s storage is full. What arrives stays on screen; free some space and Arbor saves it with the next part that arrives.',
  reply:
    'The reply could not be saved: this browser’s storage is full. It stays on screen while this tab is open; free some space, then press Save reply or send your next message.',
  step: 'Part of this turn could not be saved: this browser’s storage is full. Free some space, then send again.',
};

function saveReplies(): void {
  saveUnsavedReplies().then(
    () => {
      useUi.getState().dismissTopic('disk-full');
      useUi.getState().notify({ tone: 'info', text: 'The reply is saved.' });
    },
    (error: unknown) => {
      if (isDiskFull(error)) showFailure('reply');
      else reportFailure('Saving the reply')(error);
    },
  );
}

function showFailure(failure: SaveFailure): void {
  notifyDiskFull(
    TEXTS[failure],
    failure === 'reply' ? { label: 'Save reply', run: saveReplies } : undefined,
  );
}

export function useTurnSaveNotices(): void {
  useEffect(() => onTurnSaveFailure(showFailure), []);
}
