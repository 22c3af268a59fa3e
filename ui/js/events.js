// The one place that listens to the backend's events (names as in src-tauri/src/events.rs).
const handlers = { download: [], 'queue-reset': [], session: [], watch: [] };

export function on(name, fn) { handlers[name].push(fn); }

export async function listenAll() {
  const ev = window.__TAURI__?.event;
  if (!ev) return;
  for (const name of Object.keys(handlers)) {
    await ev.listen(name, (e) => handlers[name].forEach((fn) => fn(e.payload)));
  }
}
