// How far the worker's download of the Python runtime is, in bytes of the real total:
// the build lists each runtime file's size in the lock (its info.notewell_sizes), as the
// Content-Length of a compressed response says nothing about the bytes it decodes to.
// Pyodide fetches its files with the global fetch (counted here as they stream in) and
// imports its modules (counted whole once the browser has them).

// A failed request leaves a resource entry too, with no body.
const arrived = (entry) => entry.decodedBodySize > 0;

export function watchDownloads(onProgress) {
  const sizes = new Map(); // absolute URL -> bytes, once the lock is read
  const streamed = new Map(); // absolute URL -> bytes received so far

  function report() {
    if (!sizes.size) return;
    let loaded = 0;
    let total = 0;
    for (const [url, size] of sizes) {
      const complete = performance.getEntriesByName(url, "resource").some(arrived);
      loaded += complete ? size : Math.min(size, streamed.get(url) ?? 0);
      total += size;
    }
    onProgress({ loaded, total });
  }

  // The response with its body counted as it is read.
  function counted(response) {
    const url = response.url;
    if (!sizes.has(url) || !response.body) return response;
    streamed.set(url, 0);
    const counter = new TransformStream({
      transform(chunk, controller) {
        streamed.set(url, streamed.get(url) + chunk.byteLength);
        report();
        controller.enqueue(chunk);
      },
    });
    const { status, statusText, headers } = response;
    return new Response(response.body.pipeThrough(counter), { status, statusText, headers });
  }

  const plainFetch = self.fetch.bind(self);
  const early = new Map(); // absolute URL -> the promise of its response, fetched ahead
  self.fetch = (resource, options) => {
    const url = new URL(String(resource), self.location.href).href;
    const ahead = early.get(url);
    early.delete(url);
    return ahead ?? plainFetch(resource, options).then(counted);
  };
  new PerformanceObserver(report).observe({ type: "resource" });

  return {
    // The runtime's files (name -> bytes) under `base`, from the lock.
    expect(base, files) {
      for (const [name, size] of Object.entries(files ?? {})) sizes.set(new URL(name, base).href, size);
      report();
    },
    // Fetch `url` now, read to the end (so its bytes count as they arrive), and answer
    // the next fetch of it with that response: one request, made sooner.
    prefetch(url, options) {
      const response = plainFetch(url, options).then(async (answer) => {
        const body = await counted(answer).arrayBuffer();
        const { status, statusText, headers } = answer;
        return new Response(body, { status, statusText, headers });
      });
      response.catch(() => {}); // a failure is the later fetch's to report
      early.set(new URL(url, self.location.href).href, response);
    },
  };
}
