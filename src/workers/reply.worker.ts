// The reply worker: runs one turn of a chat, from reading it to the last streamed token, away
// from the page. In a chat of 10,000 messages, reading the rows and building the request is a
// few hundred milliseconds of work that would otherwise freeze the screen as the user sends.
// It may start well before its turn, so the openai SDK is loaded at once.
import { runTurn } from '../engine/run-turn';
import { summarizeChat } from '../engine/summarize';
import { preloadClient } from '../llm/client';
import { serve } from './rpc/serve';

preloadClient();

const api = { run: runTurn, summarize: summarizeChat };

export type ReplyWorkerApi = typeof api;

serve(api, self);
