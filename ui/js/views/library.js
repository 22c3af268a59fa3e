// The library: full-text search with filters (creator, type, date), and per post: open the
// file, reveal it in its folder, copy the link, show its QR code, download again; export.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, errorText, toast } from '../dom.js';

const PAGE = 60;
let timer = null;

function query() {
  const day = (v, end) => (v ? Math.floor(new Date(`${v}T${end ? '23:59:59' : '00:00:00'}+08:00`).getTime() / 1000) : null);
  return {
    text: $('#lib-search').value.trim() || null,
    creator: $('#lib-creator').value.trim() || null,
    kind: $('#lib-kind').value || null,
    from_ts: day($('#lib-from').value, false),
    to_ts: day($('#lib-to').value, true),
    limit: PAGE,
    offset: 0,
  };
}

export const postLink = (id) => `https://www.douyin.com/video/${id}`;

export async function search() {
  try {
    const page = await api.search(query());
    $('#lib-total').textContent = t('library.total', { n: page.total });
    const grid = $('#lib-grid');
    grid.replaceChildren(...page.hits.map(hitCard));
    $('#lib-empty').hidden = page.hits.length > 0;
  } catch (err) {
    toast(errorText(asError(err)), 'error');
  }
}

function media(hit) {
  return hit.files.find((f) => ['video', 'image', 'live'].includes(f.asset) && f.state === 'done') || hit.files[0];
}

export function hitCard(hit) {
  const cover = hit.files.find((f) => f.asset === 'cover' && f.state === 'done') || hit.files.find((f) => f.asset === 'image' && f.state === 'done');
  const img = el('img', { alt: '' });
  const thumb = el('div', { class: 'thumb big' }, img);
  if (cover) api.thumb(cover.rel_path).then((src) => { if (src) img.src = src; }).catch(() => {});
  const file = media(hit);
  const qrBox = el('div', { class: 'qr-box', hidden: true });
  return el('li', { class: 'hit', dataset: { id: hit.aweme_id, kind: hit.kind } },
    thumb,
    el('div', { class: 'hit-body' },
      el('div', { class: 'hit-title' }, hit.description || hit.aweme_id),
      el('div', { class: 'muted' }, [hit.author_nickname, hit.create_time, t(`preview.${hit.kind}`)].filter(Boolean).join(' · ')),
      el('div', { class: 'hit-actions' },
        file && el('button', { class: 'open', onclick: () => api.openFile(file.rel_path).catch((e) => toast(errorText(asError(e)), 'error')) }, t('library.open')),
        file && el('button', { class: 'reveal', onclick: () => api.reveal(file.rel_path).catch((e) => toast(errorText(asError(e)), 'error')) }, t('library.reveal')),
        el('button', { class: 'copy', onclick: () => copy(postLink(hit.aweme_id)) }, t('library.copy')),
        el('button', { class: 'qr', onclick: () => showQr(qrBox, postLink(hit.aweme_id)) }, t('library.qr')),
        el('button', { class: 'redownload', onclick: () => redownload(hit.aweme_id) }, t('library.redownload')),
        hit.author_sec_uid && el('button', { class: 'creator', onclick: () => document.dispatchEvent(new CustomEvent('open-creator', { detail: hit.author_sec_uid })) }, t('library.creatorView'))),
      qrBox));
}

async function copy(text) {
  try {
    const cb = window.__TAURI__?.clipboardManager;
    if (cb) await cb.writeText(text); else await navigator.clipboard.writeText(text);
    toast(t('library.copied'));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function showQr(box, link) {
  try {
    box.replaceChildren(el('img', { src: await api.qr(link), alt: link, class: 'qr' }));
    box.hidden = !box.hidden;
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function redownload(id) {
  try {
    const [r] = await api.enqueue([{ link: postLink(id), kind: 'one' }]);
    if (r.error) toast(errorText(r.error), 'error'); else toast(t('download.queued', { n: 1 }));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function exportAs(format) {
  try {
    const out = await api.exportLibrary({ ...query(), limit: null }, format);
    toast(t('library.exported', { n: out.posts, path: out.path }));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function verify() {
  try {
    const r = await api.verify();
    toast(t('library.verified', { checked: r.checked, missing: r.missing, wrong: r.wrong_size }));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

export function init() {
  $('#lib-search').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
  for (const id of ['#lib-kind', '#lib-from', '#lib-to', '#lib-creator']) $(id).addEventListener('change', search);
  $('#lib-export-csv').addEventListener('click', () => exportAs('csv'));
  $('#lib-export-json').addEventListener('click', () => exportAs('json'));
  $('#lib-verify').addEventListener('click', verify);
}
