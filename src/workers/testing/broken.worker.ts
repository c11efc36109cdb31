// A worker whose script fails as it loads, as a worker from a newer build can.
throw new Error('this worker is broken');
