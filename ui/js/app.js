// The UI shell: navigation, language, theme, paste and drag-drop of links, the about view.
import { setLanguage, initialLanguage, language, t, has } from './i18n.js';
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
  for (const link of links) list.append(linkRow(link));
}

// A link's kind as the core reported it (`target` is handed back to the core as is).
const kindOf = (link) => link.target?.kind ?? 'unknown';

function linkRow(link) {
  const li = document.createElement('li');
  const kind = kindOf(link);
  li.dataset.kind = kind;
  const badge = document.createElement('span');
  badge.className = `badge ${kind === 'unknown' ? 'unknown' : ''}`;
  badge.textContent = t(`kind.${kind}`);
  const body = document.createElement('div');
  body.className = 'link-body';
  const title = document.createElement('div');
  title.className = 'link-title';
  const meta = document.createElement('div');
  meta.className = 'link-meta';
  const id = document.createElement('div');
  id.className = 'link-id';
  id.textContent = (kind !== 'short_link' && link.target?.id) || link.message || '';
  const src = document.createElement('div');
  src.className = 'link-src';
  src.textContent = link.url;
  body.append(title, meta, id, src);
  li.append(badge, body);
  if (link.preview) fillPreview(li, link.preview);
  if (link.error) fillError(li, link.error);
  return li;
}

function fillPreview(li, p) {
  li.dataset.state = 'previewed';
  li.querySelector('.link-title').textContent = p.title || '—';
  const parts = [];
  if (p.author) parts.push(p.author);
  const kind = p.target?.kind;
  const live = kind === 'live' || kind === 'live_room';
  if (p.media) parts.push(t(`preview.${p.media}`));
  else if (kind === 'mix') parts.push(t('preview.mix'));
  if (p.count != null) parts.push(t(kind === 'user' ? 'preview.posts' : live ? 'preview.viewers' : 'preview.likes', { n: p.count }));
  if (p.live != null) parts.push(p.live ? t('preview.liveNow') : t('preview.liveEnded'));
  li.querySelector('.link-meta').textContent = parts.join(' · ');
}

function fillError(li, e) {
  li.dataset.state = 'error';
  const meta = li.querySelector('.link-meta');
  meta.classList.add('error-text');
  // A localised hint for the kinds people can act on; the backend's own text as the detail.
  meta.textContent = has(`errkind.${e.kind}`) ? t(`errkind.${e.kind}`) : e.message;
  meta.title = e.message;
}

// Looks every usable link up (following short links first), a few at a time, updating each row.
async function previewAll(links) {
  const queue = links.filter((l) => l.target);
  const worker = async () => {
    while (queue.length) {
      const link = queue.shift();
      try {
        if (kindOf(link) === 'short_link') Object.assign(link, await api.resolveLink(link.url));
        if (link.target && kindOf(link) !== 'short_link') link.preview = await api.previewLink(link.target);
      } catch (err) {
        link.error = asError(err);
      }
      if (lastLinks === links) {
        const i = links.indexOf(link);
        $('#link-list').children[i]?.replaceWith(linkRow(link));
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}

async function analyze() {
  const text = $('#link-input').value;
  showError('');
  try {
    const links = await api.analyzeLinks(text);
    lastLinks = links;
    renderLinks(links);
    if (links.length === 0) showError(t('download.none'));
    else previewAll(links);
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
