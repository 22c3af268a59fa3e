// The omnibox: paste or drop links, share texts, ids or .txt files; each line shows what it is
// (with a thumbnail and what will be saved) before "Download all" queues them.
import { t, has } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, errorText, toast } from '../dom.js';

let lastLinks = null;
let settings = null;

export function setSettings(s) { settings = s; }

function showError(message) {
  const box = $('#analyze-error');
  box.textContent = message;
  box.hidden = !message;
}

// A link's kind as the core reported it (`target` is handed back to the core as is).
const kindOf = (link) => link.target?.kind ?? 'unknown';

const DEFAULT_KIND = { post: 'one', user: 'post', mix: 'mix', live: 'live', live_room: 'live' };
const KINDS_FOR = {
  post: ['one', 'related', 'mix'], user: ['post', 'like', 'collection', 'collects', 'music', 'friend', 'feed'],
  mix: ['mix'], live: ['live'], live_room: ['live'],
};

/** What a job of `kind` saves, in words. */
export function willSave(kind, media) {
  if (kind === 'live') return t('save.danmaku');
  const s = settings?.save || { cover: true };
  const parts = [];
  if (kind !== 'one' && kind !== 'related') parts.push(t('save.allPosts'));
  parts.push(media === 'images' || media === 'live_photo' ? t('save.images') : t('save.video'));
  if (s.cover) parts.push(t('save.cover'));
  if (s.music) parts.push(t('save.music'));
  if (s.desc) parts.push(t('save.desc'));
  if (s.json) parts.push(t('save.json'));
  return t('download.willSave', { what: parts.join(' + ') });
}

export function render() {
  const list = $('#link-list');
  list.replaceChildren();
  const links = lastLinks;
  $('#download-btn').disabled = !links || !links.some((l) => kindOf(l) !== 'unknown');
  if (!links) { $('#link-count').textContent = ''; return; }
  $('#link-count').textContent = t('download.count', { n: links.length });
  for (const link of links) list.append(linkRow(link));
}

function linkRow(link) {
  const kind = kindOf(link);
  const li = el('li', { dataset: { kind } });
  const thumb = el('div', { class: 'thumb' });
  if (link.preview?.coverUrl) thumb.append(el('img', { src: link.preview.coverUrl, alt: '', loading: 'lazy' }));
  const badge = el('span', { class: `badge ${kind === 'unknown' ? 'unknown' : ''}` }, t(`kind.${kind}`));
  const body = el('div', { class: 'link-body' },
    el('div', { class: 'link-title' }),
    el('div', { class: 'link-meta' }),
    el('div', { class: 'link-id' }, (kind !== 'short_link' && link.target?.id) || link.message || ''),
    el('div', { class: 'link-src' }, link.url));
  li.append(thumb, badge, body);
  const kinds = KINDS_FOR[kind];
  if (kinds) {
    link.jobKind ??= DEFAULT_KIND[kind];
    const select = el('select', { class: 'job-kind', 'aria-label': 'mode', onchange: (e) => { link.jobKind = e.target.value; li.querySelector('.will-save').textContent = willSave(link.jobKind, link.preview?.media); } },
      ...kinds.map((k) => el('option', { value: k, selected: k === link.jobKind }, t(`jobkind.${k}`))));
    body.append(el('div', { class: 'will-save' }, willSave(link.jobKind, link.preview?.media)));
    li.append(select);
  }
  if (link.preview) fillPreview(li, link.preview);
  if (link.error) fillError(li, link.error);
  if (link.queued) li.dataset.queued = 'true';
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
        if (kindOf(link) === 'short_link') { Object.assign(link, await api.resolveLink(link.url)); link.jobKind = undefined; }
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

export async function analyze() {
  const text = $('#link-input').value;
  showError('');
  try {
    const links = await api.analyzeLinks(text);
    lastLinks = links;
    render();
    if (links.length === 0) showError(t('download.none'));
    else previewAll(links);
  } catch (err) {
    const e = asError(err);
    showError(e.kind === 'no_backend' ? t('error.noBackend') : t('error.generic', { msg: e.message }));
  }
}

export async function downloadAll() {
  if (!lastLinks) await analyze();
  const usable = (lastLinks || []).filter((l) => l.target && !l.queued);
  if (!usable.length) return;
  try {
    const results = await api.enqueue(usable.map((l) => ({ link: l.url, kind: l.jobKind ?? null })));
    let n = 0;
    results.forEach((r, i) => {
      if (r.job != null) { usable[i].queued = true; n += 1; } else if (r.error) usable[i].error = r.error;
    });
    render();
    toast(t('download.queued', { n }));
    const failed = results.find((r) => r.error);
    showError(failed ? errorText(failed.error) : '');
  } catch (err) {
    showError(errorText(asError(err)));
  }
}

export function appendText(text) {
  const input = $('#link-input');
  input.value = input.value && !input.value.endsWith('\n') ? `${input.value}\n${text}` : input.value + text;
}

function wireDragDrop() {
  const overlay = $('#drop-overlay');
  const stop = (e) => { e.preventDefault(); e.stopPropagation(); };
  let depth = 0;
  window.addEventListener('dragenter', (e) => { stop(e); depth += 1; overlay.hidden = false; $('#drop-zone').classList.add('dragging'); });
  window.addEventListener('dragover', stop);
  window.addEventListener('dragleave', (e) => { stop(e); depth = Math.max(0, depth - 1); if (!depth) { overlay.hidden = true; $('#drop-zone').classList.remove('dragging'); } });
  window.addEventListener('drop', async (e) => {
    stop(e);
    depth = 0;
    overlay.hidden = true;
    $('#drop-zone').classList.remove('dragging');
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
    document.dispatchEvent(new CustomEvent('show-view', { detail: 'download' }));
    await analyze();
  });
  // A paste of links is recognised at once, without an extra click.
  $('#link-input').addEventListener('paste', () => setTimeout(analyze, 0));
}

export function init() {
  $('#analyze-btn').addEventListener('click', analyze);
  $('#download-btn').addEventListener('click', downloadAll);
  $('#clear-btn').addEventListener('click', () => { $('#link-input').value = ''; lastLinks = null; render(); showError(''); });
  wireDragDrop();
}
