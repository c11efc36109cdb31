// In Chat settings: which MCP servers' tools this chat offers the model, one checkbox per
// server. A chat that never chose has every enabled server on.
import { useLiveQuery } from 'dexie-react-hooks';
import { listMcpServers } from '../../db/mcp-servers-repo';
import { useServerStatus } from '../../tools/connections';

export function ChatToolServers({
  chosen,
  onChange,
}: {
  /** The servers on, by id; undefined for every enabled server. */
  chosen: string[] | undefined;
  onChange: (chosen: string[]) => void;
}) {
  const servers = useLiveQuery(listMcpServers);
  const names = useServerStatus((s) => s.byId);
  const enabled = servers?.filter((s) => s.enabled) ?? [];
  if (enabled.length === 0) {
    return (
      <p className="mb-3 text-xs text-stone-500">
        No tools: add an MCP server under Tools in Settings to give the model tools.
      </p>
    );
  }
  const on = chosen ?? enabled.map((s) => s.id);
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 text-sm font-medium text-stone-700">Tools from</legend>
      {enabled.map((server) => {
        const status = names[server.id];
        const name = status?.state === 'connected' ? status.name : server.url;
        return (
          <label key={server.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={on.includes(server.id)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...on, server.id] : on.filter((id) => id !== server.id),
                )
              }
            />
            {name}
          </label>
        );
      })}
    </fieldset>
  );
}
