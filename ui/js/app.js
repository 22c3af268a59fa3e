// The UI shell: navigation, language, theme, keyboard shortcuts, clipboard watch, and wiring
// each view to the backend's events. No business logic: every decision is the backend's.
import { setLanguage, initialLanguage, language, t } from './i18n.js';
import { api, asError } from './ipc.js';
import { on, listenAll } from './events.js';
import { $ } from './dom.js';
import * as download from './views/download.js';
import * as queue from './views/queue.js';
import * as library from './views/library.js';
import * as creator from './views/creator.js';
import * as live from './views/live.js';
import * as account from './views/account.js';
import * as settingsView from './views/settings.js';

const THEMES = ['system', 'light', 'dark'];
const VIEWS = ['download', 'queue', 'library', 'creator', 'live', 'account', 'settings', 'about'];
let settings = null;

function applyTheme(theme, persist = true) {
  const value = THEMES.includes(theme) ? theme : 'system';
  document.documentElement.dataset.theme = value;
  localStorage.setItem('theme', value);
  $('#theme-select').value = value;
  $('#theme-toggle').textContent = value === 'dark' ? '☾' : value === 'light' ? '☀' : '◐';
  if (persist && settings && settings.theme !== value) settingsView.save({ theme: value });
}

function applyLanguage(lang, persist = true) {
  const choice = lang === 'system' ? initialLanguage(null, navigator.language) : lang;
  setLanguage(choice);
  localStorage.setItem('lang', language());
  $('#lang-select').value = lang === 'system' ? 'system' : language();
  $('#lang-toggle').textContent = language() === 'zh' ? 'EN' : '中';
  download.render();
  queue.render();
  if (persist && settings && settings.language !== lang) settingsView.save({ language: lang });
}

function show(view) {
  if (!VIEWS.includes(view)) return;
  document.querySelectorAll('.view').forEach((v) => v.classList.toggle('active', v.id === `view-${view}`));
  document.querySelectorAll('.nav-item').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
  if (view === 'library') library.search();
  if (view === 'queue') queue.reload();
  if (view === 'account') account.refresh();
  if (view === 'live') live.watchList();
  if (view === 'settings' && settings) settingsView.fill(settings);
}

async function loadAbout() {
  try {
    const info = await api.appInfo();
    $('#about-version').textContent = info.version;
    $('#about-core').textContent = info.coreVersion;
  } catch (err) {
    $('#about-version').textContent = asError(err).kind === 'no_backend' ? t('error.noBackend') : asError(err).message;
  }
}

function useSettings(s) {
  settings = s;
  settingsView.setCurrent(s);
  download.setSettings(s);
  watchClipboard();
}

// Opt-in: a Douyin link newly on the clipboard is offered in a banner, never added silently.
let clipTimer = null;
let lastClip = '';
function watchClipboard() {
  clearInterval(clipTimer);
  const cb = window.__TAURI__?.clipboardManager;
  if (!settings?.clipboardWatch || !cb) return;
  clipTimer = setInterval(async () => {
    try {
      const text = (await cb.readText()) || '';
      if (text === lastClip) return;
      lastClip = text;
      const links = await api.analyzeLinks(text);
      const usable = links.find((l) => l.kind !== 'unknown');
      if (usable) { $('#clipboard-link').textContent = usable.url; $('#clipboard-bar').hidden = false; }
    } catch { /* nothing readable on the clipboard */ }
  }, 1500);
}

function wireShortcuts() {
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const n = Number.parseInt(e.key, 10);
    if (n >= 1 && n <= VIEWS.length) { e.preventDefault(); show(VIEWS[n - 1]); }
    else if (e.key === 'Enter' && document.querySelector('#view-download.active')) { e.preventDefault(); download.downloadAll(); }
    else if (e.key === 'f') { e.preventDefault(); show('library'); $('#lib-search').focus(); }
  });
}

async function init() {
  document.querySelectorAll('.nav-item').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  document.addEventListener('show-view', (e) => show(e.detail));
  document.addEventListener('open-creator', (e) => { show('creator'); creator.show(e.detail); });
  $('#lang-select').addEventListener('change', (e) => applyLanguage(e.target.value));
  $('#lang-toggle').addEventListener('click', () => applyLanguage(language() === 'zh' ? 'en' : 'zh'));
  $('#theme-select').addEventListener('change', (e) => applyTheme(e.target.value));
  $('#theme-toggle').addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme === 'dark'
      || (document.documentElement.dataset.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    applyTheme(dark ? 'light' : 'dark');
  });
  $('#clipboard-use').addEventListener('click', () => {
    download.appendText($('#clipboard-link').textContent);
    $('#clipboard-bar').hidden = true;
    show('download');
    download.analyze();
  });
  download.init();
  queue.init();
  library.init();
  creator.init();
  live.init();
  account.init();
  settingsView.init((s) => useSettings(s));
  wireShortcuts();
  on('download', (ev) => { queue.onEvent(ev); live.onDownload(ev); });
  on('watch', (rooms) => live.renderWatch(rooms));
  on('queue-reset', () => queue.reload());
  on('session', (v) => account.render(v));
  applyTheme(localStorage.getItem('theme') || 'system', false);
  applyLanguage(initialLanguage(localStorage.getItem('lang'), navigator.language), false);
  loadAbout();
  try {
    await listenAll();
    useSettings(await api.settings());
    if (!localStorage.getItem('theme')) applyTheme(settings.theme, false);
    if (!localStorage.getItem('lang') && settings.language !== 'system') applyLanguage(settings.language, false);
    await queue.reload();
    account.refresh();
  } catch (err) {
    if (asError(err).kind !== 'no_backend') console.warn(err);
  }
  document.body.dataset.ready = 'true';
}

init();
