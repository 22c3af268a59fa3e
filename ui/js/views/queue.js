// The queue: a card per job (thumbnail, title, author, kind, state, progress, speed, ETA,
// files done/total) that expands to its files; per-job and all-job controls; "retry failed
// (N)" with each failure's reason and what to do. Restored from the backend at start.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, bytes, clock, duration, errorText, toast } from '../dom.js';

const jobs = new Map();      // id → JobSnapshot
const rates = new Map();     // id → JobProgress
const previews = new Map();  // id → Preview (for the thumbnail and author)
const open = new Set();      // expanded job ids
const files = new Map();     // id → FileSnapshot[]

const PREVIEW_KIND = { post: 'user', like: 'user', collection: 'user', collects: 'user', music: 'user', friend: 'user', feed: 'user', one: 'post', related: 'post', mix: 'mix', live: 'live' };

export async function reload() {
  try {
    const list = await api.jobs();
    // A job announced by an event while the list was on its way is newer than the list.
    const newest = Math.max(0, ...list.map((j) => j.id));
    const later = [...jobs.values()].filter((j) => j.id > newest);
    jobs.clear();
    for (const j of [...list, ...later]) jobs.set(j.id, j);
    render();
  } catch (err) {
    $('#queue-error').textContent = errorText(asError(err));
    $('#queue-error').hidden = false;
  }
}

function lookPreview(job) {
  if (previews.has(job.id)) return;
  previews.set(job.id, null);
  // A mix job may name one of its posts, a live job a 19-digit room id instead of a web_rid.
  const longId = /^\d{19}$/.test(job.target);
  let kind = PREVIEW_KIND[job.kind];
  if (job.kind === 'mix' && longId) kind = 'post';
  if (job.kind === 'live' && longId) kind = 'live_room';
  api.previewLink({ kind, id: job.target })
    .then((p) => { previews.set(job.id, p); updateCard(job.id); })
    .catch(() => {});
}

/** Folds one backend `download` event into the view. */
export function onEvent(ev) {
  switch (ev.type) {
    case 'job_added': jobs.set(ev.job.id, ev.job); break;
    case 'job_done': jobs.set(ev.job.id, ev.job); rates.delete(ev.job.id); break;
    case 'job_state': { const j = jobs.get(ev.job); if (j) { j.state = ev.state; j.error = ev.error; } break; }
    case 'job_expanded': { const j = jobs.get(ev.job); if (j) { j.listed = ev.listed; j.files_total = ev.files_total; j.exhausted = ev.exhausted; } break; }
    case 'file_done': { const j = jobs.get(ev.job); if (j) { j.files_done += 1; if (ev.skipped) j.files_skipped += 1; } refreshFiles(ev.job); break; }
    case 'file_failed': { const j = jobs.get(ev.job); if (j) j.files_failed += 1; refreshFiles(ev.job); break; }
    case 'progress': for (const p of ev.jobs) { rates.set(p.job, p); const j = jobs.get(p.job); if (j) { j.bytes_done = p.bytes_done; if (p.live) j.live = p.live; } } break;
    case 'live_status': { const j = jobs.get(ev.job); if (j) j.live = ev.status; break; }
    case 'segment_done': { const j = jobs.get(ev.job); if (j?.live) j.live.segments_done = Math.max(j.live.segments_done, ev.segment.seq); break; }
    default: break;
  }
  const id = ev.job?.id ?? ev.job;
  if (ev.type === 'job_added' && !$(`#job-${id}`)) render();
  else if (ev.type === 'progress') ev.jobs.forEach((p) => updateCard(p.job));
  else if (id != null) updateCard(id);
  updateTotals();
}

function refreshFiles(id) {
  if (open.has(id)) loadFiles(id);
}

async function loadFiles(id) {
  try { files.set(id, await api.jobFiles(id)); } catch { files.set(id, []); }
  updateCard(id);
}

function failedCount() {
  let n = 0;
  for (const j of jobs.values()) n += j.files_failed + (j.state === 'failed' ? 1 : 0);
  return n;
}

function updateTotals() {
  const n = failedCount();
  const btn = $('#retry-failed-btn');
  btn.textContent = t('queue.retryFailed', { n });
  btn.disabled = n === 0;
  $('#queue-empty').hidden = jobs.size > 0;
}

export function render() {
  const list = $('#job-list');
  list.replaceChildren(...[...jobs.values()].reverse().map(card));
  updateTotals();
}

function updateCard(id) {
  const old = $(`#job-${id}`);
  const job = jobs.get(id);
  if (old && job) old.replaceWith(card(job));
}

function card(job) {
  lookPreview(job);
  const p = previews.get(job.id);
  const rate = rates.get(job.id);
  const total = Math.max(job.files_total, 1);
  const pct = job.state === 'done' ? 100 : Math.floor((100 * job.files_done) / total);
  const running = job.state === 'running' || job.state === 'queued';
  const controls = el('div', { class: 'job-controls' },
    running && el('button', { class: 'pause', onclick: () => act(job.id, 'pause') }, t('queue.pause')),
    job.state === 'paused' && el('button', { class: 'resume', onclick: () => act(job.id, 'resume') }, t('queue.resume')),
    (running || job.state === 'paused') && el('button', { class: 'cancel', onclick: () => act(job.id, 'cancel') }, t('queue.cancel')),
    (job.files_failed > 0 || job.state === 'failed') && el('button', { class: 'retry', onclick: () => act(job.id, 'retry_failed') }, t('queue.retry')),
    el('button', { class: 'expand', onclick: () => toggle(job.id) }, open.has(job.id) ? t('queue.hideFiles') : t('queue.showFiles')));
  const stats = job.kind === 'live' ? liveStats(job, rate, running) : [
    t('queue.files', { done: job.files_done, total: job.files_total }),
    bytes(job.bytes_done),
    rate && running ? t('queue.speed', { v: bytes(rate.speed_bps) }) : null,
    rate?.eta_s != null && running ? t('queue.eta', { t: duration(rate.eta_s) }) : null,
  ].filter(Boolean).join(' · ');
  const node = el('li', { class: 'job-card', id: `job-${job.id}`, dataset: { state: job.state, kind: job.kind, id: String(job.id) } },
    el('div', { class: 'thumb' }, p?.coverUrl ? el('img', { src: p.coverUrl, alt: '' }) : null),
    el('div', { class: 'job-body' },
      el('div', { class: 'job-head' },
        el('span', { class: 'job-title' }, p?.title || job.title),
        el('span', { class: 'badge' }, t(`jobkind.${job.kind}`)),
        el('span', { class: `badge state-${job.state}` }, t(`state.${job.state}`))),
      el('div', { class: 'job-meta muted' }, [p?.author, p?.kind === 'user' ? null : null].filter(Boolean).join(' · ')),
      job.kind === 'live'
        ? el('div', { class: `progress ${job.live?.phase === 'recording' && running ? 'recording' : ''}`, role: 'progressbar' }, el('div', { class: 'bar', style: `width:${job.state === 'done' ? 100 : 0}%` }))
        : el('div', { class: 'progress', role: 'progressbar', 'aria-valuenow': pct }, el('div', { class: 'bar', style: `width:${pct}%` })),
      el('div', { class: 'job-stats muted' }, stats),
      job.error && el('div', { class: 'error-text job-error' }, errorText(job.error)),
      controls,
      open.has(job.id) && fileList(job.id)));
  return node;
}

// A recording has no file count or ETA: its phase, length, size, segment and danmaku instead.
function liveStats(job, rate, running) {
  const l = job.live;
  if (!l) return t('livephase.connecting');
  return [
    t(`livephase.${l.phase}`),
    l.elapsed_ms ? clock(Math.floor(l.elapsed_ms / 1000)) : null,
    bytes(l.bytes),
    rate && running && l.phase === 'recording' ? t('queue.speed', { v: bytes(rate.speed_bps) }) : null,
    l.quality ? `${l.format ?? ''} ${l.quality}`.trim() : null,
    l.segment ? t('queue.segment', { n: l.segment }) : null,
    t('queue.danmaku', { n: l.danmaku }),
  ].filter(Boolean).join(' · ');
}

function fileList(id) {
  const list = files.get(id);
  if (!list) return el('div', { class: 'muted' }, '…');
  const failed = list.filter((f) => f.state === 'failed' || f.state === 'missing');
  return el('div', { class: 'job-files' },
    failed.length > 0 && el('div', { class: 'failures' }, el('strong', {}, t('queue.failures')),
      el('ul', {}, ...failed.map((f) => el('li', { class: 'error-text' }, `${f.path}: ${f.error ? errorText(f.error) : t('fstate.missing')} `,
        el('button', { class: 'retry-file', onclick: () => retryFile(id, f) }, t('queue.retryFile')))))),
    el('ul', { class: 'file-rows' }, ...list.map((f) => el('li', { dataset: { state: f.state } },
      el('span', { class: 'badge' }, t(`fstate.${f.state}`)), ' ', f.path, ' ', el('span', { class: 'muted' }, bytes(f.bytes))))));
}

function toggle(id) {
  if (open.has(id)) open.delete(id); else { open.add(id); loadFiles(id); }
  updateCard(id);
}

async function retryFile(id, f) {
  try { await api.retryFile(id, f); loadFiles(id); } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function act(id, action) {
  try { await api.control(id, action); } catch (err) { toast(errorText(asError(err)), 'error'); }
}

export function init() {
  $('#pause-all-btn').addEventListener('click', () => api.controlAll('pause').then(reload).catch((e) => toast(errorText(asError(e)), 'error')));
  $('#resume-all-btn').addEventListener('click', () => api.controlAll('resume').then(reload).catch((e) => toast(errorText(asError(e)), 'error')));
  $('#retry-failed-btn').addEventListener('click', () => api.controlAll('retry_failed').then(reload).catch((e) => toast(errorText(asError(e)), 'error')));
}
