// Search results grouped by chat, newest first: each a link to its chat, with the snippet (the
// matches marked), the role and the date. The snippet is drawn as text, never as HTML.
import type { SearchAnswer, SearchResult } from '../../db/search/find-messages';
import { ROLE_NAMES } from '../../db/types';
import { onResultsKeyDown } from './result-keys';

interface Group {
  sessionId: string;
  title: string;
  results: SearchResult[];
}

/** Results arrive newest first; each chat's group stands where its newest result does. */
function byChat(results: readonly SearchResult[]): Group[] {
  const groups = new Map<string, Group>();
  for (const result of results) {
    let group = groups.get(result.sessionId);
    if (!group) {
      group = { sessionId: result.sessionId, title: result.sessionTitle, results: [] };
      groups.set(result.sessionId, group);
    }
    group.results.push(result);
  }
  return [...groups.values()];
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SearchResults({
  answer,
  onChoose,
}: {
  answer: SearchAnswer;
  onChoose: (result: SearchResult) => void;
}) {
  if (answer.results.length === 0) {
    return <p className="mt-4 text-sm text-stone-500">No messages match.</p>;
  }
  return (
    <div className="mt-3 max-h-[60vh] overflow-y-auto" onKeyDown={onResultsKeyDown}>
      {byChat(answer.results).map((group) => (
        <section key={group.sessionId} aria-label={group.title} className="mb-3">
          <h3 className="truncate px-1 text-xs font-semibold tracking-wide text-stone-500 uppercase">
            {group.title}
          </h3>
          <ul>
            {group.results.map((result) => (
              <li key={result.messageId}>
                <a
                  data-search-result
                  href={`#/s/${encodeURIComponent(result.sessionId)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onChoose(result);
                  }}
                  className="block rounded-md px-2 py-1.5 text-sm text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-600"
                >
                  <span className="line-clamp-2">
                    {result.snippet.map((part, i) =>
                      part.match ? (
                        <mark key={i} className="rounded-sm bg-amber-200 text-inherit">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </span>
                  <span className="mt-0.5 block text-xs text-stone-500">
                    {ROLE_NAMES[result.role]} · {dateFormat.format(result.createdAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {answer.more && (
        <p className="px-1 text-xs text-stone-500">
          Showing the newest {answer.results.length}; add words to narrow the search.
        </p>
      )}
    </div>
  );
}
