// A worker that answers with something that isn't an RPC message, as a mismatched build might.
self.addEventListener('message', () => self.postMessage({ hello: 'world' }));
