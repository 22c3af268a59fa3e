// Live: open a room (status, viewers, qualities), a scrolling danmaku feed with type filters
// and counters, record start/stop through the queue, and the watch list.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, bytes, clock, errorText, toast } from '../dom.js';

const TYPES = { WebcastChatMessage: 'chat', WebcastGiftMessage: 'gift', WebcastLikeMessage: 'like', WebcastMemberMessage: 'member', WebcastSocialMessage: 'social' };
const MAX_ROWS = 400;
let room = null;
let recording = null; // { job }: the recording started from this view
const counts = { chat: 0, gift: 0, like: 0, member: 0, social: 0, other: 0 };

const typeOf = (method) => TYPES[method] || 'other';

function nick(d) { return d?.user?.nickname || d?.user?.nickName || ''; }

function line(msg) {
  const d = msg.data || {};
  switch (typeOf(msg.method)) {
    case 'chat': return `${nick(d)}：${d.content ?? ''}`;
    case 'gift': return `${nick(d)} → ${d.gift?.name ?? ''} ×${d.repeatCount ?? d.comboCount ?? 1}`;
    case 'like': return `${nick(d)} ♥ ×${d.count ?? 1}`;
    case 'member': return `${nick(d)} →`;
    case 'social': return `${nick(d)} +`;
    default: return msg.method.replace(/^Webcast/, '');
  }
}

function onMessage(msg) {
  const feed = $('#danmaku');
  if (msg.type === 'event') {
    const type = typeOf(msg.method);
    counts[type] += 1;
    $(`#count-${type}`).textContent = counts[type];
    if (!$(`#filter-${type}`).checked) return;
    const stick = feed.scrollTop + feed.clientHeight >= feed.scrollHeight - 20;
    feed.append(el('li', { dataset: { type } }, line(msg)));
    while (feed.children.length > MAX_ROWS) feed.firstChild.remove();
    if (stick) feed.scrollTop = feed.scrollHeight;
  } else if (msg.type === 'ended') {
    $('#live-status').textContent = t('live.ended');
    $('#live-status').dataset.live = 'false';
  } else if (msg.type === 'reconnecting') {
    $('#live-status').textContent = t('live.reconnecting');
  } else if (msg.type === 'connected') {
    $('#live-status').textContent = t('live.liveNow');
  }
}

async function openRoom() {
  const link = $('#live-input').value.trim();
  if (!link) return;
  if (room) await api.liveClose(room.handle).catch(() => {});
  Object.keys(counts).forEach((k) => { counts[k] = 0; $(`#count-${k}`).textContent = '0'; });
  $('#danmaku').replaceChildren();
  try {
    room = await api.liveOpen(link, onMessage);
    $('#live-room').hidden = false;
    $('#live-title').textContent = room.title;
    $('#live-anchor').textContent = room.nickname;
    $('#live-viewers').textContent = t('live.viewers', { n: room.userCount });
    $('#live-quality').textContent = room.qualities[0] || '—';
    $('#live-status').textContent = room.live ? t('live.liveNow') : t('live.offline');
    $('#live-status').dataset.live = String(room.live);
  } catch (err) {
    toast(errorText(asError(err)), 'error');
  }
}

async function toggleRecord() {
  const link = $('#live-input').value.trim();
  try {
    if (recording) {
      await api.recordStop(recording.job);
      recording = null;
    } else {
      recording = { job: await api.recordStart(link) };
      $('#live-recording').textContent = t('livephase.connecting');
    }
  } catch (err) {
    const e = asError(err);
    toast(e.kind === 'invalid_input' ? t('live.recordUnavailable', { msg: e.message }) : errorText(e), 'error');
  }
  $('#live-record').textContent = recording ? t('live.stop') : t('live.record');
}

/** The recording's status comes with the other jobs' events (the engine's live status). */
export function onDownload(ev) {
  if (!recording) return;
  let status = null;
  if (ev.type === 'live_status' && ev.job === recording.job) status = ev.status;
  else if (ev.type === 'progress') status = ev.jobs.find((j) => j.job === recording.job)?.live ?? null;
  else if (ev.type === 'job_done' && ev.job.id === recording.job) {
    status = ev.job.live ?? null;
    recording = null;
    $('#live-record').textContent = t('live.record');
  }
  if (!status) return;
  if (status.quality) $('#live-quality').textContent = `${status.quality} (${status.format ?? ''})`;
  $('#live-elapsed').textContent = clock(Math.floor(status.elapsed_ms / 1000));
  $('#live-size').textContent = bytes(status.bytes);
  $('#live-segment').textContent = status.segment ? `#${status.segment}` : '—';
  $('#live-recording').textContent = t(`livephase.${status.phase}`);
}

const roomLink = (r) => (r.kind === 'live' ? `https://live.douyin.com/${r.target}` : r.kind === 'user' ? `https://www.douyin.com/user/${r.target}` : r.target);

function watchState(r) {
  if (r.recording != null) return t('live.watchRecording', { job: r.recording });
  if (r.checkedAt == null) return t('live.watchUnchecked');
  return r.live ? t('live.liveNow') : t('live.offline');
}

/** Draws the watch list (from a command's answer or a `watch` event after a pass). */
export function renderWatch(rooms) {
  $('#watch-list').replaceChildren(...rooms.map((r) => el('li', { dataset: { id: String(r.id), live: String(r.live), recording: String(r.recording != null) } },
    el('span', { class: `dot ${r.live ? 'on' : ''}` }), ' ',
    el('span', { class: 'watch-name' }, r.label || r.target), ' ',
    el('span', { class: 'badge' }, t(`kind.${r.kind}`)), ' ',
    el('span', { class: 'muted watch-state' }, watchState(r)), ' ',
    r.kind !== 'user' && el('button', { class: 'watch-open', onclick: () => { $('#live-input').value = roomLink(r); openRoom(); } }, t('live.open')),
    el('button', { class: 'watch-remove', onclick: () => watchCall(api.watchRemove(r.id)) }, t('live.watchRemove')))));
  $('#watch-empty').hidden = rooms.length > 0;
}

async function watchCall(answer) {
  try { renderWatch(await answer); } catch (err) { toast(errorText(asError(err)), 'error'); }
}

export function watchList() { return watchCall(api.watchList()); }

export function init() {
  $('#live-open').addEventListener('click', openRoom);
  $('#live-record').addEventListener('click', toggleRecord);
  $('#live-close').addEventListener('click', async () => { if (room) await api.liveClose(room.handle); room = null; $('#live-room').hidden = true; });
  $('#watch-add').addEventListener('click', () => {
    const link = $('#live-input').value.trim();
    if (link) watchCall(api.watchAdd(link));
  });
  $('#watch-check').addEventListener('click', () => watchCall(api.watchCheck()));
}
