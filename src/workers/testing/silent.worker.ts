// A worker that takes calls and never answers, not even that it is alive: one stuck in an
// endless loop looks like this from the page.
self.addEventListener('message', () => undefined);
