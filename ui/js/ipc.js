// The only place that talks to the Rust side: one wrapper per command.
function core() {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) throw Object.assign(new Error('no backend'), { kind: 'no_backend' });
  return tauri.core;
}

/** Turns whatever a command rejected with into `{kind, message}`. */
export function asError(err) {
  if (err && typeof err === 'object' && 'kind' in err) return { kind: err.kind, message: err.message ?? String(err.kind) };
  return { kind: 'unknown', message: String(err?.message ?? err) };
}

export const api = {
  appInfo: () => core().invoke('app_info'),
  analyzeLinks: (text) => core().invoke('analyze_links', { text }),
  resolveLink: (url) => core().invoke('resolve_link', { url }),
  previewLink: (target) => core().invoke('preview_link', { target }),
};
