// The UI shell: navigation, language, theme, paste and drag-drop of links, the about view.
import { setLanguage, initialLanguage, language, t } from './i18n.js';
import { api, asError } from './ipc.js';

const $ = (sel) => document.querySelector(sel);
const THEMES = ['system', 'light', 'dark'];

function applyTheme(theme) {
  const value = THEMES.includes(theme) ? theme : 'system';
  document.documentElement.dataset.theme = value;
  localStorage.setItem('theme', value);
  $('#theme-select').value = value;
  $('#theme-toggle').textContent = value === 'dark' ? '☾' : value === 'light' ? '☀' : '◐';
}

function applyLanguage(lang) {
  setLanguage(lang);
  localStorage.setItem('lang', language());
  $('#lang-select').value = language();
  $('#lang-toggle').textContent = language() === 'zh' ? 'EN' : '中';
  renderLinks(lastLinks);
}

function show(view) {
  document.querySelectorAll('.view').forEach((v) => v.classList.toggle('active', v.id === `view-${view}`));
  document.querySelectorAll('.nav-item').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
}

function showError(message) {
  const box = $('#analyze-error');
  box.textContent = message;
  box.hidden = !message;
}

let lastLinks = null;

function renderLinks(links) {
  const list = $('#link-list');
  list.replaceChildren();
  if (!links) { $('#link-count').textContent = ''; return; }
  $('#link-count').textContent = t('download.count', { n: links.length });
  for (const link of links) {
    const li = document.createElement('li');
    li.dataset.kind = link.kind;
    const badge = document.createElement('span');
    badge.className = `badge ${link.kind === 'unknown' ? 'unknown' : ''}`;
    badge.textContent = t(`kind.${link.kind}`);
    const body = document.createElement('div');
    const id = document.createElement('div');
    id.className = 'link-id';
    id.textContent = link.id || link.message || '';
    const src = document.createElement('div');
    src.className = 'link-src';
    src.textContent = link.url;
    body.append(id, src);
    li.append(badge, body);
    list.append(li);
  }
}

async function analyze() {
  const text = $('#link-input').value;
  showError('');
  try {
    const links = await api.analyzeLinks(text);
    lastLinks = links;
    renderLinks(links);
    if (links.length === 0) showError(t('download.none'));
  } catch (err) {
    const e = asError(err);
    showError(e.kind === 'no_backend' ? t('error.noBackend') : t('error.generic', { msg: e.message }));
  }
}

function appendText(text) {
  const input = $('#link-input');
  input.value = input.value && !input.value.endsWith('\n') ? `${input.value}\n${text}` : input.value + text;
}

function wireDragDrop() {
  const zone = $('#drop-zone');
  const stop = (e) => { e.preventDefault(); e.stopPropagation(); };
  ['dragenter', 'dragover'].forEach((ev) => zone.addEventListener(ev, (e) => { stop(e); zone.classList.add('dragging'); }));
  ['dragleave', 'dragend'].forEach((ev) => zone.addEventListener(ev, () => zone.classList.remove('dragging')));
  zone.addEventListener('drop', async (e) => {
    stop(e);
    zone.classList.remove('dragging');
    const dt = e.dataTransfer;
    const files = [...(dt?.files || [])];
    try {
      for (const file of files) appendText(await file.text());
    } catch (err) {
      showError(t('download.fileError', { msg: asError(err).message }));
      return;
    }
    if (!files.length) {
      const text = dt?.getData('text/uri-list') || dt?.getData('text/plain') || '';
      if (text) appendText(text);
    }
    await analyze();
  });
  // A paste of links is recognised at once, without an extra click.
  $('#link-input').addEventListener('paste', () => setTimeout(analyze, 0));
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

function init() {
  document.querySelectorAll('.nav-item').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  $('#lang-select').addEventListener('change', (e) => applyLanguage(e.target.value));
  $('#lang-toggle').addEventListener('click', () => applyLanguage(language() === 'zh' ? 'en' : 'zh'));
  $('#theme-select').addEventListener('change', (e) => applyTheme(e.target.value));
  $('#theme-toggle').addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme === 'dark'
      || (document.documentElement.dataset.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    applyTheme(dark ? 'light' : 'dark');
  });
  $('#analyze-btn').addEventListener('click', analyze);
  $('#clear-btn').addEventListener('click', () => { $('#link-input').value = ''; lastLinks = null; renderLinks(null); showError(''); });
  wireDragDrop();
  applyTheme(localStorage.getItem('theme') || 'system');
  applyLanguage(initialLanguage(localStorage.getItem('lang'), navigator.language));
  loadAbout();
  document.body.dataset.ready = 'true';
}

init();
