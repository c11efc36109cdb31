// The context worker: counts what a chat's next request would send, for the inspector and the
// status line. Apart from the reply worker, so loading the tokenizer (a second) or counting a
// long chat for the first time never holds up a reply.
import { inspectContext } from '../engine/inspect-context';
import { serve } from './rpc/serve';

const api = { inspect: inspectContext };

export type ContextWorkerApi = typeof api;

serve(api, self);
