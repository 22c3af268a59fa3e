// The only place that talks to the Rust side: one wrapper per command (types: ui/bindings/*.ts).
function core() {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) throw Object.assign(new Error('no backend'), { kind: 'no_backend' });
  return tauri.core;
}

const call = (cmd, args) => core().invoke(cmd, args);

/** Turns whatever a command rejected with into `{kind, message}`. */
export function asError(err) {
  if (err && typeof err === 'object' && 'kind' in err) return { kind: err.kind, message: err.message ?? String(err.kind) };
  return { kind: 'unknown', message: String(err?.message ?? err) };
}

export const api = {
  appInfo: () => call('app_info'),
  analyzeLinks: (text) => call('analyze_links', { text }),
  resolveLink: (url) => call('resolve_link', { url }),
  previewLink: (target) => call('preview_link', { target }),
  enqueue: (items) => call('jobs_enqueue', { items }),
  jobs: () => call('jobs_list'),
  jobFiles: (job) => call('jobs_files', { job }),
  retryFile: (job, f) => call('jobs_retry_file', { job, awemeId: f.aweme_id, asset: f.asset, index: f.index }),
  control: (job, action) => call('jobs_control', { job, action }),
  controlAll: (action) => call('jobs_control_all', { action }),
  search: (query) => call('library_search', { query }),
  stats: () => call('library_stats'),
  exportLibrary: (query, format) => call('library_export', { query, format }),
  verify: () => call('library_verify'),
  report: (creator) => call('library_report', { creator }),
  retryGap: (creator) => call('library_retry_gap', { creator }),
  openFile: (rel) => call('library_open', { rel }),
  reveal: (rel) => call('library_reveal', { rel }),
  thumb: (rel) => call('library_thumb', { rel }),
  qr: (text) => call('library_qr', { text }),
  settings: () => call('settings_get'),
  saveSettings: (settings) => call('settings_set', { settings }),
  chooseFolder: () => call('settings_choose_folder'),
  namingPreview: (template, awemeId) => call('settings_naming_preview', { template, awemeId: awemeId ?? null }),
  account: () => call('account_status'),
  accountCheck: () => call('account_check'),
  importCookies: (text) => call('account_import', { text }),
  logout: () => call('account_logout'),
  qrStart: () => call('account_qr_start'),
  qrPoll: () => call('account_qr_poll'),
  loginWindow: () => call('account_login_window'),
  liveOpen: (link, onEvent) => {
    const channel = new window.__TAURI__.core.Channel();
    channel.onmessage = onEvent;
    return call('live_open', { link, onEvent: channel });
  },
  liveClose: (handle) => call('live_close', { handle }),
  recordStart: (link) => call('live_record_start', { link }),
  recordStop: (job) => call('live_record_stop', { job }),
  watchList: () => call('live_watch_list'),
  watchAdd: (link) => call('live_watch_add', { link }),
  watchRemove: (id) => call('live_watch_remove', { id }),
  watchCheck: () => call('live_watch_check'),
};
