// The creator view: the profile, the saved posts grid with filters, expected vs saved counts,
// and "retry the gap".
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, el, errorText, toast } from '../dom.js';
import { hitCard } from './library.js';

let current = null;

export async function show(input) {
  const text = (input ?? $('#creator-input').value).trim();
  if (!text) return;
  $('#creator-input').value = text;
  try {
    let sec = text;
    if (text.includes('://')) {
      const r = await api.resolveLink(text);
      if (r.target?.kind !== 'user') throw { kind: 'invalid_input', message: t('creator.placeholder') };
      sec = r.target.id;
    }
    current = sec;
    const [profile, report] = await Promise.all([api.previewLink({ kind: 'user', id: sec }), api.report(sec).catch(() => null)]);
    const avatar = $('#creator-avatar');
    avatar.src = profile.coverUrl || '';
    avatar.hidden = !profile.coverUrl;
    $('#creator-name').textContent = profile.title;
    $('#creator-expected').textContent = profile.count ?? report?.profile_count ?? '—';
    $('#creator-listed').textContent = report?.listed ?? 0;
    $('#creator-saved').textContent = report?.saved ?? 0;
    const gap = report ? report.gap_files + (report.not_listed ?? 0) : 0;
    $('#creator-gap').textContent = t('creator.gap', { n: report?.gap_files ?? 0 });
    $('#creator-retry-gap').disabled = !report || gap === 0;
    $('#creator-profile').hidden = false;
    await posts();
  } catch (err) {
    toast(errorText(asError(err)), 'error');
  }
}

async function posts() {
  if (!current) return;
  const day = (v, end) => (v ? Math.floor(new Date(`${v}T${end ? '23:59:59' : '00:00:00'}+08:00`).getTime() / 1000) : null);
  const page = await api.search({
    creator: current, kind: $('#creator-kind').value || null,
    from_ts: day($('#creator-from').value, false), to_ts: day($('#creator-to').value, true), limit: 120, offset: 0,
  });
  $('#creator-grid').replaceChildren(...page.hits.map(hitCard));
}

async function retryGap() {
  try {
    const r = await api.retryGap(current);
    toast(r.jobs.length ? t('creator.gapQueued', { n: r.files + r.posts.length, jobs: r.jobs.map((j) => `#${j}`).join(' ') }) : t('creator.gapNone'));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function downloadAll() {
  try {
    const [r] = await api.enqueue([{ link: `https://www.douyin.com/user/${current}`, kind: 'post' }]);
    if (r.error) toast(errorText(r.error), 'error'); else toast(t('download.queued', { n: 1 }));
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

export function init() {
  $('#creator-load').addEventListener('click', () => show());
  $('#creator-retry-gap').addEventListener('click', retryGap);
  $('#creator-download').addEventListener('click', downloadAll);
  for (const id of ['#creator-kind', '#creator-from', '#creator-to']) $(id).addEventListener('change', posts);
}
