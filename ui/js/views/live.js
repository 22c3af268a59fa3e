// Live: open a room (status, viewers, qualities), a scrolling danmaku feed with type filters
// and counters, record start/stop through the queue, and the watch list.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, bytes, duration, errorText, toast } from '../dom.js';

const TYPES = { WebcastChatMessage: 'chat', WebcastGiftMessage: 'gift', WebcastLikeMessage: 'like', WebcastMemberMessage: 'member', WebcastSocialMessage: 'social' };
const MAX_ROWS = 400;
let room = null;
let recording = null; // { job, started }
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
      recording = { job: await api.recordStart(link), started: Date.now(), bytes: 0 };
    }
  } catch (err) {
    const e = asError(err);
    toast(e.kind === 'invalid_input' ? t('live.recordUnavailable', { msg: e.message }) : errorText(e), 'error');
  }
  $('#live-record').textContent = recording ? t('live.stop') : t('live.record');
}

/** Recording progress comes with the other jobs' events. */
export function onDownload(ev) {
  if (!recording) return;
  if (ev.type === 'progress') {
    const p = ev.jobs.find((j) => j.job === recording.job);
    if (p) recording.bytes = p.bytes_done;
  }
  if (ev.type === 'file_started' && ev.job === recording.job) $('#live-segment').textContent = ev.file.path.split('/').pop();
  $('#live-elapsed').textContent = duration((Date.now() - recording.started) / 1000);
  $('#live-size').textContent = bytes(recording.bytes);
}

export async function watchList() {
  try {
    const rooms = await api.watchStatus();
    $('#watch-list').replaceChildren(...rooms.map((r) => el('li', { dataset: { live: String(r.live) } },
      el('span', { class: `dot ${r.live ? 'on' : ''}` }), ' ', r.nickname || r.web_rid || r.webRid, ' ',
      el('span', { class: 'muted' }, r.error ? errorText(r.error) : (r.live ? t('live.liveNow') : t('live.offline'))),
      ' ', el('button', { onclick: () => { $('#live-input').value = `https://live.douyin.com/${r.webRid}`; openRoom(); } }, t('live.open')))));
    $('#watch-empty').hidden = rooms.length > 0;
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

export function init() {
  $('#live-open').addEventListener('click', openRoom);
  $('#live-record').addEventListener('click', toggleRecord);
  $('#live-close').addEventListener('click', async () => { if (room) await api.liveClose(room.handle); room = null; $('#live-room').hidden = true; });
  $('#watch-add').addEventListener('click', () => document.dispatchEvent(new CustomEvent('watch-add', { detail: $('#live-input').value.trim() })));
}
