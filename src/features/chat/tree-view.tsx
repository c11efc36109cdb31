// A compact drawing of every branch in the chat. Each row is a run of messages without a
// branch point; the rows on the active path are highlighted, and a click shows that branch.
import { useMemo } from 'react';
import { treeSegments } from '../../db/tree-segments';
import type { ChildrenOf } from '../../db/tree';
import type { MessageRow } from '../../db/types';
import { contentText } from '../../db/content-text';
import { useUi } from '../../store/ui';
import { showBranch } from './chat-actions';

const MAX_INDENT_LEVELS = 12;
/** Tailwind's `md`, from which the tree sits beside the messages. */
const WIDE_SCREEN = '(min-width: 768px)';

export function TreeView({ path, childrenOf }: { path: MessageRow[]; childrenOf: ChildrenOf }) {
  const segments = useMemo(() => treeSegments(childrenOf), [childrenOf]);
  const onPath = useMemo(() => new Set(path.map((m) => m.id)), [path]);
  const branches = useMemo(
    () => segments.filter((s) => !childrenOf.get(s.last.id)?.length).length,
    [segments, childrenOf],
  );

  return (
    <aside
      aria-label="Conversation tree"
      // On a narrow screen the tree lies over the messages instead of squeezing them.
      className="absolute inset-y-0 right-0 z-20 flex w-[85%] max-w-xs flex-col border-l border-stone-200 bg-stone-50 shadow-xl md:static md:w-72 md:max-w-none md:shrink-0 md:shadow-none"
    >
      <p className="border-b border-stone-200 px-3 py-2 text-xs text-stone-500">
        {branches} {branches === 1 ? 'branch' : 'branches'}. Click a row to show it.
      </p>
      <ul className="min-h-0 flex-1 overflow-y-auto py-1 pr-2">
        {segments.map((segment) => {
          const active = onPath.has(segment.first.id);
          const indent = Math.min(segment.depth, MAX_INDENT_LEVELS);
          return (
            <li key={segment.first.id} style={{ paddingLeft: 8 + indent * 12 }}>
              <button
                type="button"
                aria-current={active ? 'true' : undefined}
                title={`${contentText(segment.first.content)}\n(${segment.length} ${segment.length === 1 ? 'message' : 'messages'})`}
                className={`flex w-full items-center gap-1.5 rounded py-1 pr-2 pl-1.5 text-left text-xs ${active ? 'bg-emerald-100 font-medium text-emerald-900' : 'text-stone-600 hover:bg-stone-200'}`}
                onClick={() => {
                  showBranch(segment.first);
                  const ui = useUi.getState();
                  ui.focusMessage(segment.first.id);
                  // Where the tree covers the messages, it steps aside to show the one chosen.
                  if (!matchMedia(WIDE_SCREEN).matches) ui.setTreeOpen(false);
                }}
              >
                <span
                  aria-hidden="true"
                  className={`h-2 w-2 shrink-0 rounded-full ${segment.first.role === 'user' ? 'bg-emerald-600' : 'bg-stone-400'}`}
                />
                <span className="min-w-0 flex-1 truncate">
                  {contentText(segment.first.content) || '(empty)'}
                </span>
                {segment.length > 1 && (
                  <span aria-hidden="true" className="shrink-0 text-stone-400">
                    {segment.length}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
