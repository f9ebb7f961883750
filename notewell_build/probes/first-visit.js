// Run in the page of a first visit the bench opens, before the page's own scripts:
// records in window.__firstVisit the first paint and when the status line first showed
// how far the download is ("… 0.4 of 12.0 MB"), both in ms from navigation start.
(() => {
  const visit = (window.__firstVisit = {});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") visit.paint = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  addEventListener("DOMContentLoaded", () => {
    const status = document.getElementById("status");
    const look = () => {
      if (visit.progress === undefined && /\d of \d+(\.\d+)? MB/.test(status.textContent)) {
        visit.progress = performance.now();
      }
    };
    new MutationObserver(look).observe(status, { childList: true, characterData: true, subtree: true });
    look();
  });
})();
