// Evaluated in the app's page by the bench: times `calls` round trips of one request to
// the Python worker, one after the other, and answers each one's milliseconds.
async (action, payload, calls) => {
  const times = [];
  for (let i = 0; i < calls; i++) {
    const before = performance.now();
    await window.notewell.call(action, payload);
    times.push(performance.now() - before);
  }
  return times;
};
