// The blob baseline's cold open: a page with nothing but the blob store, which reads and parses
// the whole history as soon as it loads. Timed from navigation start, like the app's cold
// open, but with no framework and no rendering, so it is the least a blob-store app must do.
import { readBlob } from './blob-store';

window.arborBlobOpen = readBlob().then(() => performance.now());
