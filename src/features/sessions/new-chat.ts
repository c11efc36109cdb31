// Starts a new chat with the model and system prompt used last.
import { createSession } from '../../db/sessions-repo';
import { loadEndpointSettings } from '../../db/settings-repo';
import { useUi } from '../../store/ui';

export async function startNewChat(): Promise<void> {
  const settings = await loadEndpointSettings();
  const id = await createSession({ model: settings.model, systemPrompt: settings.systemPrompt });
  useUi.getState().openSession(id);
}
