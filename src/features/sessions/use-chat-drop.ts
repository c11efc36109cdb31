// Where a dragged chat can be dropped: a folder, or the list outside any folder (no folder).
// Both light up the same way while a chat they would take is over them.
import { useState, type DragEvent } from 'react';
import { SESSION_DRAG_TYPE } from './folder-actions';

/** How a drop target looks while a chat is over it. */
export const DROP_HIGHLIGHT = 'bg-emerald-50 outline-2 -outline-offset-2 outline-emerald-600';

/**
 * A drop target for chats: spread `handlers` on its element; `over` is true while a chat it
 * takes is dragged over it. `takes` says which drags it takes, given the drag's types (its data
 * can only be read on the drop) and the element under the pointer; `onMove` gets the chat's id.
 */
export function useChatDrop(
  onMove: (sessionId: string) => void,
  takes: (types: readonly string[], target: Element) => boolean = () => true,
) {
  const [over, setOver] = useState(false);
  const taken = (event: DragEvent) =>
    event.dataTransfer.types.includes(SESSION_DRAG_TYPE) &&
    event.target instanceof Element &&
    takes(event.dataTransfer.types, event.target);
  // Entering an element and moving over it both ask whether it takes the drop: a browser may
  // send only dragenter before the drop when the pointer has just reached a new element.
  const offer = (event: DragEvent) => {
    const yes = taken(event);
    setOver(yes);
    if (!yes) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  return {
    over,
    handlers: {
      onDragEnter: offer,
      onDragOver: offer,
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      // A drag that ends anywhere (dropped elsewhere, or Escape) leaves nothing lit.
      onDragEnd: () => setOver(false),
      onDrop: (event: DragEvent) => {
        setOver(false);
        if (!taken(event)) return;
        event.preventDefault();
        event.stopPropagation();
        onMove(event.dataTransfer.getData(SESSION_DRAG_TYPE));
      },
    },
  };
}
