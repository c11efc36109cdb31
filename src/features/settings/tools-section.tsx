// Settings → Tools: the MCP servers Arbor calls tools on, straight from this page. Each shows
// its state (connecting, connected with its name, version and tools, or failed and why), and
// can be reconnected, removed, or have tools turned off one by one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { listMcpServers, type McpServerConfig } from '../../db/mcp-servers-repo';
import { reportFailure } from '../../store/report-failure';
import { useServerStatus, type ServerStatus } from '../../tools/connections';
import {
  addServer,
  connectAll,
  parseHeaders,
  reconnect,
  removeServer,
  serverUrlProblem,
  setDontAsk,
  setServerEnabled,
  setToolOn,
} from '../../tools/servers';

export function ToolsSection() {
  const servers = useLiveQuery(listMcpServers);
  useEffect(() => {
    if (servers) connectAll(servers);
  }, [servers]);

  return (
    <section aria-labelledby="tools-heading" className="mb-2 border-t border-stone-200 pt-4">
      <h3 id="tools-heading" className="mb-1 text-sm font-semibold text-stone-700">
        Tools
      </h3>
      <p className="mb-3 text-xs text-stone-500">
        MCP servers give the model tools. Arbor connects to them from this page; their addresses and
        headers stay in this browser and are never exported. Arbor asks before each tool runs unless
        you say otherwise.
      </p>
      {servers && servers.length > 0 && (
        <ul
          aria-label="MCP servers"
          className="mb-3 divide-y divide-stone-200 rounded-md border border-stone-200"
        >
          {servers.map((server) => (
            <ServerItem key={server.id} server={server} />
          ))}
        </ul>
      )}
      <AddServerForm />
    </section>
  );
}

function statusWords(status: ServerStatus | undefined, enabled: boolean): string {
  if (!enabled) return 'off';
  switch (status?.state) {
    case 'connected':
      return 'connected';
    case 'failed':
      return 'failed';
    default:
      return 'connecting';
  }
}

function ServerItem({ server }: { server: McpServerConfig }) {
  const status = useServerStatus((s) => s.byId[server.id]);
  const name = status?.state === 'connected' ? status.name : server.url;
  const words = statusWords(status, server.enabled);
  return (
    <li aria-label={`${name} (${words})`} className="p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-stone-800">{name}</span>
        {status?.state === 'connected' && status.version && (
          <span className="text-xs text-stone-500">v{status.version}</span>
        )}
        <span
          className={`rounded px-1.5 text-xs ${words === 'connected' ? 'bg-emerald-100 text-emerald-800' : words === 'failed' ? 'bg-red-100 text-red-800' : 'bg-stone-100 text-stone-600'}`}
        >
          {words}
        </span>
        <span className="ml-auto flex gap-1">
          <Button variant="ghost" onClick={() => reconnect(server)} disabled={!server.enabled}>
            Reconnect
          </Button>
          <Button
            variant="ghost"
            onClick={() => void removeServer(server.id).catch(reportFailure('Removing the server'))}
          >
            Remove
          </Button>
        </span>
      </div>
      {name !== server.url && <p className="text-xs break-all text-stone-500">{server.url}</p>}
      {status?.state === 'failed' && server.enabled && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {status.reason}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-4 text-xs text-stone-600">
        <label className="flex items-center gap-1">
          <StoredCheckbox stored={server.enabled} save={(on) => setServerEnabled(server, on)} />
          Use this server
        </label>
        <label className="flex items-center gap-1">
          <StoredCheckbox stored={server.dontAsk} save={(on) => setDontAsk(server.id, on)} />
          Don’t ask before its tools run
        </label>
      </div>
      {status?.state === 'connected' && (
        <ul aria-label={`Tools of ${name}`} className="mt-2 space-y-1">
          {status.tools.length === 0 && <li className="text-xs text-stone-500">No tools.</li>}
          {status.tools.map((tool) => (
            <li key={tool.name} className="flex items-start gap-2 text-xs">
              <StoredCheckbox
                id={`${server.id}-${tool.name}`}
                label={tool.name}
                stored={!server.disabledTools.includes(tool.name)}
                save={(on) => setToolOn(server.id, tool.name, on)}
              />
              <label htmlFor={`${server.id}-${tool.name}`}>
                <code className="font-semibold text-stone-800">{tool.name}</code>
                {tool.description && <span className="text-stone-500"> — {tool.description}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** A checkbox for a stored choice: it shows the new value at once, while it is being saved. */
function StoredCheckbox({
  stored,
  save,
  id,
  label,
}: {
  stored: boolean;
  save: (on: boolean) => Promise<void>;
  id?: string;
  label?: string;
}) {
  const [saving, setSaving] = useState<boolean | undefined>();
  // What was saved has come back from storage.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setSaving(undefined);
  }
  return (
    <input
      type="checkbox"
      id={id}
      aria-label={label}
      className="mt-0.5"
      checked={saving ?? stored}
      onChange={(e) => {
        setSaving(e.target.checked);
        save(e.target.checked).catch((error: unknown) => {
          setSaving(undefined);
          reportFailure('Saving')(error);
        });
      }}
    />
  );
}

function AddServerForm() {
  const [url, setUrl] = useState('');
  const [headersText, setHeadersText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    const parsed = parseHeaders(headersText);
    const problem = serverUrlProblem(url) ?? ('error' in parsed ? parsed.error : undefined);
    if (problem !== undefined || 'error' in parsed) {
      setError(problem);
      return;
    }
    setError(undefined);
    void addServer(url, parsed.headers)
      .then(() => {
        setUrl('');
        setHeadersText('');
      })
      .catch(reportFailure('Adding the server'));
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label="MCP server URL">
        {(id) => (
          <input
            id={id}
            className={inputClass}
            value={url}
            placeholder="http://localhost:4020/mcp"
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label="Headers (optional)" hint="One per line, e.g. Authorization: Bearer …">
        {(id, hintId) => (
          <textarea
            id={id}
            aria-describedby={hintId}
            className={`${inputClass} font-mono`}
            rows={2}
            value={headersText}
            onChange={(e) => setHeadersText(e.target.value)}
          />
        )}
      </Field>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={url.trim() === ''}>
        Add server
      </Button>
    </form>
  );
}
