// One reply from start to end: reads the chat, sends its active path, streams the answer and
// says how it ended. It runs in the reply worker, so reading a long chat and building its
// request never holds up the page, or in the page where workers are missing (unit tests).
import type { ReplyOutcome } from '../../db/messages-repo';
import { db } from '../../db/schema';
import { updateSessionSettings } from '../../db/sessions-repo';
import { loadEndpointSettings } from '../../db/settings-repo';
import { indexMessages, pathTo } from '../../db/tree';
import { describeFailure } from '../../llm/errors';
import { requestMessages } from '../../llm/request-messages';
import { streamChat } from '../../llm/stream-chat';

export interface ReplyJob {
  sessionId: string;
  assistantId: string;
  signal: AbortSignal;
  /** Called with the whole text so far each time it grows. */
  onText: (text: string) => void;
}

/** Never rejects: a failure is an outcome with status 'error' and the text that arrived. */
export async function produceReply(job: ReplyJob): Promise<ReplyOutcome> {
  let baseURL = '';
  let text = '';
  try {
    const endpoint = await loadEndpointSettings();
    baseURL = endpoint.baseURL;
    const [session, rows] = await Promise.all([
      db.sessions.get(job.sessionId),
      db.messages.where('sessionId').equals(job.sessionId).toArray(),
    ]);
    if (!session) throw new Error('This chat no longer exists.');
    // A chat without a model of its own (e.g. an imported one) takes on the one it now uses.
    if (!session.model && endpoint.model) {
      await updateSessionSettings(job.sessionId, { model: endpoint.model });
    }
    const reply = await streamChat({
      endpoint,
      model: session.model || endpoint.model,
      messages: requestMessages(pathTo(indexMessages(rows), job.assistantId), session.systemPrompt),
      params: session.params,
      signal: job.signal,
      onText: (next) => {
        text = next;
        job.onText(next);
      },
    });
    return {
      content: reply.content,
      status: 'done',
      ...(reply.usage ? { usage: reply.usage } : {}),
      ...(reply.toolCalls.length > 0 ? { tool_calls: reply.toolCalls } : {}),
    };
  } catch (error) {
    if (job.signal.aborted) return { content: text, status: 'stopped' };
    console.error('Reply failed', error);
    const failure = describeFailure(error, baseURL, text !== '');
    return { content: text, status: 'error', error: failure.message };
  }
}
