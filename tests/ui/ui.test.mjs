// The ui/ folder alone in headless Chromium, with Tauri's real global API bundle and mocked IPC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const UI = path.join(ROOT, 'ui');
const SHOTS = process.env.SHOTS || path.join(ROOT, 'target', 'shots');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
let server, base, browser, tauriBundle;

// The mocks answer what the backend answers: each is a sample serialised by the real Rust type
// (ui/bindings/samples.json, generated and checked by `cargo test -p douyin-app bindings`) with
// some fields changed; changing a field the type does not have fails the test.
const SAMPLES = JSON.parse(fs.readFileSync(path.join(ROOT, 'ui', 'bindings', 'samples.json'), 'utf8'));
function sample(type, over = {}) {
  const base = SAMPLES[type];
  assert.ok(base, `ui/bindings/samples.json has no ${type}`);
  for (const k of Object.keys(over)) assert.ok(Object.hasOwn(base, k), `${type} has no field ${k}`);
  return structuredClone({ ...base, ...over });
}

function crateDir(name) {
  const host = execFileSync('rustc', ['-vV']).toString().match(/^host: (.*)$/m)[1];
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--locked', '--filter-platform', host],
    { cwd: ROOT, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
  return path.dirname(meta.packages.find((p) => p.name === name).manifest_path);
}

before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  tauriBundle = path.join(crateDir('tauri'), 'scripts/bundle.global.js');
  server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    const p = path.join(UI, rel);
    if (!p.startsWith(UI) || !fs.existsSync(p)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': TYPES[path.extname(p)] || 'application/octet-stream' });
    fs.createReadStream(p).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  // Debian ships /usr/bin/chromium; Ubuntu's snap puts it elsewhere; CHROMIUM overrides both.
  const executablePath = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']
    .find((p) => p && fs.existsSync(p));
  assert.ok(executablePath, 'Chromium not found: install the chromium package or set CHROMIUM');
  browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
});

after(async () => { await browser?.close(); server?.close(); });

// Every test page gets the real __TAURI__ global; `handlers` answers commands by name (values,
// or `{__reject}`), `extra` is page-side JS `async (cmd, args) => value | undefined` for the rest.
// Events are mocked too, so a test emits backend events with `window.__TAURI__.event.emit`.
const DEFAULTS = {
  settings_get: SETTINGS(), settings_set: { settings: SETTINGS(), errors: [] }, jobs_list: [],
  account_status: { account: null, health: { state: 'logged_out', light: 'grey', needs_login: true, checked_at_ms: null, last_problem: null }, storedIn: null },
  library_search: { total: 0, hits: [] }, live_watch_list: [],
};
function SETTINGS() { return sample('Settings'); }
async function openApp({ locale = 'en-US', colorScheme = 'light', handlers = {}, extra = 'async () => undefined' } = {}) {
  const context = await browser.newContext({ locale, colorScheme, viewport: { width: 1180, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const calls = [];
  await page.exposeFunction('__recordCall', (cmd, args) => calls.push({ cmd, args: JSON.parse(JSON.stringify(args ?? {}, (k, v) => (k === 'onEvent' ? '<channel>' : v))) }));
  await page.addInitScript({ path: tauriBundle });
  await page.addInitScript(`
    window.__extra = ${extra};
    window.__TAURI__.mocks.mockIPC(async (cmd, args) => {
      await window.__recordCall(cmd, args);
      const x = await window.__extra(cmd, args);
      if (x !== undefined) return x;
      const h = (${JSON.stringify({ ...DEFAULTS, ...handlers })})[cmd];
      if (h === undefined) throw { kind: 'unmocked', message: 'unmocked ' + cmd };
      if (h && h.__reject) throw h.__reject;
      return h;
    }, { shouldMockEvents: true });`);
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, calls, context };
}

async function shot(page, name) { await page.screenshot({ path: path.join(SHOTS, name), fullPage: false }); }

const INFO = { name: 'Douyin Archiver', version: '9.8.7', coreVersion: '1.2.3' };

test('starts in the system language and switches between English and Chinese', async () => {
  const { page, context } = await openApp({ handlers: { app_info: INFO } });
  assert.equal(await page.textContent('#nav-download'), 'Download');
  await page.click('#lang-toggle');
  assert.equal(await page.textContent('#nav-download'), '下载');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.getAttribute('#link-input', 'placeholder'), /粘贴抖音分享链接/);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.textContent('#nav-download'), '下载', 'language choice survives a restart');
  await context.close();
  const zh = await openApp({ locale: 'zh-CN', handlers: { app_info: INFO } });
  assert.equal(await zh.page.textContent('#nav-settings'), '设置');
  await zh.context.close();
});

test('light and dark themes change the palette', async () => {
  const { page, context } = await openApp({ handlers: { app_info: INFO } });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.click('#nav-settings');
  await page.selectOption('#theme-select', 'light');
  const light = await bg();
  await page.selectOption('#theme-select', 'dark');
  const dark = await bg();
  assert.notEqual(light, dark);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.click('#theme-toggle');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'the toggle flips dark to light');
  assert.equal(await bg(), light);
  await page.screenshot({ path: path.join(SHOTS, 'ui-dark.png') });
  await context.close();
});

test('about view shows the versions reported by the backend', async () => {
  const { page, context } = await openApp({ handlers: { app_info: INFO } });
  await page.click('#nav-about');
  await page.waitForFunction(() => document.getElementById('about-version').textContent === '9.8.7');
  assert.equal(await page.textContent('#about-core'), '1.2.3');
  assert.ok(await page.isVisible('#view-about'));
  assert.ok(!(await page.isVisible('#view-download')));
  await context.close();
});

const LINKS = [
  sample('LinkReport', { url: 'https://www.douyin.com/video/7298145681699622182', target: { kind: 'post', id: '7298145681699622182' } }),
  sample('LinkReport', { url: 'https://v.douyin.com/iNUBcHxM/', target: { kind: 'short_link', id: 'https://v.douyin.com/iNUBcHxM/' } }),
  sample('LinkReport', { url: 'https://example.com/x', target: null, message: 'not a Douyin link' }),
];

test('recognising pasted links calls the backend with the text and lists each link', async () => {
  const { page, calls, context } = await openApp({ handlers: { app_info: INFO, analyze_links: LINKS } });
  const text = '看看 https://www.douyin.com/video/7298145681699622182\nhttps://v.douyin.com/iNUBcHxM/';
  await page.fill('#link-input', text);
  await page.click('#analyze-btn');
  await page.waitForSelector('#link-list li >> nth=2');
  const call = calls.find((c) => c.cmd === 'analyze_links');
  assert.equal(call.args.text, text);
  const kinds = await page.$$eval('#link-list li', (lis) => lis.map((li) => li.dataset.kind));
  assert.deepEqual(kinds, ['post', 'short_link', 'unknown']);
  assert.match(await page.textContent('#link-count'), /3 link/);
  assert.match(await page.textContent('#link-list li:first-child'), /7298145681699622182/);
  await page.screenshot({ path: path.join(SHOTS, 'ui-links.png') });
  await context.close();
});

test('dropping a text file of URLs fills the box and recognises them', async () => {
  const { page, calls, context } = await openApp({ handlers: { app_info: INFO, analyze_links: LINKS.slice(0, 1) } });
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['https://www.douyin.com/video/7298145681699622182\n'], 'links.txt', { type: 'text/plain' }));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('#link-list li');
  assert.match(await page.inputValue('#link-input'), /video\/7298145681699622182/);
  assert.ok(calls.some((c) => c.cmd === 'analyze_links' && c.args.text.includes('7298145681699622182')));
  await context.close();
});

test('a backend error is shown and an empty result says what to paste', async () => {
  const { page, context } = await openApp({
    handlers: { app_info: INFO, analyze_links: { __reject: { kind: 'invalid_input', message: 'text too long' } } },
  });
  await page.fill('#link-input', 'x');
  await page.click('#analyze-btn');
  await page.waitForSelector('#analyze-error:not([hidden])');
  assert.match(await page.textContent('#analyze-error'), /text too long/);
  await context.close();
  const empty = await openApp({ handlers: { app_info: INFO, analyze_links: [] } });
  await empty.page.fill('#link-input', 'no links here');
  await empty.page.click('#analyze-btn');
  await empty.page.waitForSelector('#analyze-error:not([hidden])');
  assert.match(await empty.page.textContent('#analyze-error'), /No links found/);
  await empty.context.close();
});

const PREVIEW = sample('Preview', { target: { kind: 'post', id: '7298145681699622182' }, media: 'video', title: '海边的日落', author: '测试用户', count: 1234 });

test('each recognised link is looked up: short links resolved, then a preview shown', async () => {
  const { page, calls, context } = await openApp({
    handlers: {
      app_info: INFO,
      analyze_links: LINKS.slice(0, 2),
      resolve_link: { url: 'https://v.douyin.com/iNUBcHxM/', target: { kind: 'post', id: '7330042216045464883' }, message: null },
      preview_link: PREVIEW,
    },
  });
  await page.fill('#link-input', 'anything');
  await page.click('#analyze-btn');
  await page.waitForFunction(() => [...document.querySelectorAll('#link-list li')].every((li) => li.dataset.state === 'previewed'));
  const kinds = await page.$$eval('#link-list li', (lis) => lis.map((li) => li.dataset.kind));
  assert.deepEqual(kinds, ['post', 'post'], 'the short link row now shows what it resolved to');
  assert.equal(await page.textContent('#link-list li:first-child .link-title'), '海边的日落');
  assert.match(await page.textContent('#link-list li:first-child .link-meta'), /测试用户 · Video · 1234 likes/);
  assert.ok(calls.some((c) => c.cmd === 'resolve_link' && c.args.url === 'https://v.douyin.com/iNUBcHxM/'));
  const previews = calls.filter((c) => c.cmd === 'preview_link').map((c) => c.args.target.id).sort();
  assert.deepEqual(previews, ['7298145681699622182', '7330042216045464883']);
  await page.screenshot({ path: path.join(SHOTS, 'ui-previews.png') });
  await context.close();
});

test('a failed lookup marks only that link, with the backend message', async () => {
  const { page, context } = await openApp({
    handlers: {
      app_info: INFO,
      analyze_links: LINKS.slice(0, 1),
      preview_link: { __reject: { kind: 'login_required', message: 'Douyin asks you to log in again (Settings → Login)' } },
    },
  });
  await page.fill('#link-input', 'anything');
  await page.click('#analyze-btn');
  await page.waitForSelector('#link-list li[data-state="error"]');
  assert.match(await page.textContent('#link-list li .link-meta'), /log in again in Settings, then retry/);
  assert.match(await page.getAttribute('#link-list li .link-meta', 'title'), /Settings → Login/, 'backend text kept as detail');
  await page.click('#lang-toggle');
  await page.click('#analyze-btn');
  await page.waitForSelector('#link-list li[data-state="error"]');
  assert.match(await page.textContent('#link-list li .link-meta'), /请在设置中重新登录/);
  await context.close();
});

// ---- one test per view, in both languages; screenshots of each in both themes ----

const PNG1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const JOB = (over = {}) => sample('JobSnapshot', over);
const FAILED_JOB = JOB({ id: 8, kind: 'one', target: '7298145681699622182', title: '日落', state: 'done', files_total: 2, files_done: 1, files_failed: 1 });
const FILES = [
  sample('FileSnapshot', { path: 'douyin/one/a/2024_日落_video.mp4' }),
  sample('FileSnapshot', { asset: 'cover', path: 'douyin/one/a/2024_日落_cover.jpeg', state: 'failed', bytes: 0, total: null,
    error: sample('ErrorInfo', { kind: 'bad_media', message: 'the cover answered HTML' }) }),
];
const HIT = (id, desc) => {
  const [video] = sample('SearchHit').files;
  return sample('SearchHit', { aweme_id: id, description: desc,
    files: [{ ...video, rel_path: `douyin/post/a/${id}_video.mp4` }, { ...video, asset: 'cover', rel_path: `douyin/post/a/${id}_cover.jpeg`, size: 10 }] });
};
const LANGS = [['en-US', 'en'], ['zh-CN', 'zh']];

for (const [locale, lang] of LANGS) {
  test(`queue view (${lang}): cards with progress, live updates, controls, failures with reasons`, async () => {
    const { page, calls, context } = await openApp({ locale, handlers: {
      jobs_list: [FAILED_JOB, JOB()], jobs_files: FILES, jobs_control: 0, jobs_control_all: 1, jobs_retry_file: FILES[1],
      preview_link: sample('Preview', { target: { kind: 'user', id: 'x' }, media: null, title: '海边摄影师', author: null, coverUrl: PNG1, count: 40, durationMs: null, live: null }) } });
    await page.click('#nav-queue');
    await page.waitForSelector('#job-7');
    assert.equal(await page.getAttribute('#job-7', 'data-state'), 'running');
    assert.match(await page.textContent('#job-7 .job-stats'), lang === 'en' ? /Files 10\/40/ : /文件 10\/40/);
    assert.match(await page.textContent('#retry-failed-btn'), /\(1\)|（1）/);
    await page.evaluate((p) => window.__TAURI__.event.emit('download', { type: 'progress', jobs: [p], files: [] }), sample('JobProgress'));
    await page.waitForFunction(() => /2(\.0)? MB\/s/.test(document.querySelector('#job-7 .job-stats').textContent));
    assert.match(await page.textContent('#job-7 .job-stats'), lang === 'en' ? /6s left/ : /剩余 6 秒/);
    await page.evaluate(() => window.__TAURI__.event.emit('download', { type: 'file_done', job: 7, skipped: false,
      file: { aweme_id: '1', asset: 'video', index: 0, path: 'x', state: 'done', bytes: 1, total: 1, error: null } }));
    await page.waitForFunction(() => /11\/40/.test(document.querySelector('#job-7 .job-stats').textContent));
    await page.click('#job-7 button.pause');
    assert.ok(calls.some((c) => c.cmd === 'jobs_control' && c.args.job === 7 && c.args.action === 'pause'));
    await page.click('#job-8 button.expand');
    await page.waitForSelector('#job-8 .failures li');
    assert.match(await page.textContent('#job-8 .failures'), lang === 'en' ? /not the expected media/ : /不是预期的媒体文件/);
    await page.click('#job-8 .failures button.retry-file');
    const retried = calls.find((c) => c.cmd === 'jobs_retry_file');
    assert.deepEqual(retried?.args, { job: 8, awemeId: '7298145681699622182', asset: 'cover', index: 0 });
    await page.click('#retry-failed-btn');
    assert.ok(calls.some((c) => c.cmd === 'jobs_control_all' && c.args.action === 'retry_failed'));
    await page.evaluate(() => window.__TAURI__.event.emit('download', { type: 'job_added', job: { id: 9, kind: 'mix', target: '72', title: '合集', state: 'queued', listed: 0,
      exhausted: false, files_total: 0, files_done: 0, files_failed: 0, files_skipped: 0, bytes_done: 0, error: null, created_at: 3, updated_at: 3 } }));
    await page.waitForSelector('#job-9');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await shot(page, `queue-${lang}-${theme}.png`);
    }
    await context.close();
  });

  test(`queue view (${lang}): a live recording shows its phase, length, size, segment and danmaku`, async () => {
    const LIVE = sample('LiveJobSnapshot', { id: 11, title: '老王的厨房', files_total: 0, files_done: 0, bytes_done: 0,
      live: sample('LiveStatus', { phase: 'waiting_for_live', room_id: null, elapsed_ms: 0, bytes: 0, format: null, quality: null, segment: 0, segments_done: 0, danmaku: 0 }) });
    const { page, context } = await openApp({ locale, handlers: { jobs_list: [LIVE], jobs_files: [],
      preview_link: sample('Preview', { target: { kind: 'live', id: '775841227732' }, media: null, title: '老王的厨房', author: null, coverUrl: PNG1, count: 9, durationMs: null, live: false }) } });
    await page.click('#nav-queue');
    await page.waitForSelector('#job-11');
    assert.match(await page.textContent('#job-11 .job-stats'), lang === 'en' ? /Waiting for the live/ : /等待开播/);
    assert.doesNotMatch(await page.textContent('#job-11 .job-stats'), lang === 'en' ? /Files/ : /文件/);
    const status = sample('LiveStatus', { elapsed_ms: 125000, bytes: 3 << 20, quality: 'FULL_HD1', segment: 2, danmaku: 42 });
    await page.evaluate((p) => window.__TAURI__.event.emit('download', { type: 'progress', jobs: [p], files: [] }),
      { ...sample('JobProgress', { job: 11, bytes_done: 3 << 20, bytes_total: null, speed_bps: 1 << 20, eta_s: null, active: 1 }), live: status });
    await page.waitForFunction(() => /FULL_HD1/.test(document.querySelector('#job-11 .job-stats').textContent));
    const text = await page.textContent('#job-11 .job-stats');
    assert.match(text, lang === 'en' ? /Recording/ : /录制中/);
    assert.match(text, /3(\.0)? MB/);
    assert.match(text, lang === 'en' ? /segment 2/ : /第 2 段/);
    assert.match(text, lang === 'en' ? /42 danmaku/ : /42 条弹幕/);
    assert.match(text, /\b2:05\b/);
    assert.ok(await page.$('#job-11 .progress.recording'), 'a recording shows the moving bar');
    await page.evaluate((status) => window.__TAURI__.event.emit('download', { type: 'live_status', job: 11,
      status: { ...status, phase: 'ended', elapsed_ms: 130000, bytes: 4 << 20, segments_done: 2, danmaku: 50 } }), status);
    await page.waitForFunction(() => /50/.test(document.querySelector('#job-11 .job-stats').textContent));
    assert.match(await page.textContent('#job-11 .job-stats'), lang === 'en' ? /Ended/ : /已结束/);
    assert.equal(await page.$('#job-11 .progress.recording'), null);
    await shot(page, `queue-live-${lang}.png`);
    await context.close();
  });

  test(`library view (${lang}): search with filters, thumbnails, open/reveal/QR/re-download, export`, async () => {
    const { page, calls, context } = await openApp({ locale, handlers: {
      library_search: { total: 2, hits: [HIT('7001', '海边的日落 #日落'), HIT('7002', '城市夜景')] }, library_thumb: PNG1, library_open: null,
      library_reveal: null, library_qr: PNG1, jobs_enqueue: [sample('EnqueueResult', { link: 'x', job: 3 })], library_export: { path: '/lib/exports/library-1.csv', posts: 2 } } });
    await page.click('#nav-library');
    await page.waitForSelector('#lib-grid li[data-id="7001"]');
    await page.fill('#lib-search', '日落');
    await page.selectOption('#lib-kind', 'video');
    await page.waitForFunction(() => true);
    await page.waitForTimeout(300);
    const q = calls.filter((c) => c.cmd === 'library_search').at(-1).args.query;
    assert.equal(q.text, '日落');
    assert.equal(q.kind, 'video');
    assert.equal(q.offset, 0);
    assert.match(await page.textContent('#lib-total'), lang === 'en' ? /2 post/ : /共 2 个作品/);
    await page.waitForFunction(() => document.querySelector('#lib-grid li img')?.src.startsWith('data:image/png'));
    await page.click('#lib-grid li[data-id="7001"] button.open');
    await page.click('#lib-grid li[data-id="7001"] button.reveal');
    assert.ok(calls.some((c) => c.cmd === 'library_open' && c.args.rel === 'douyin/post/a/7001_video.mp4'));
    assert.ok(calls.some((c) => c.cmd === 'library_reveal'));
    await page.click('#lib-grid li[data-id="7001"] button.qr');
    await page.waitForSelector('#lib-grid li[data-id="7001"] .qr-box img');
    assert.ok(calls.some((c) => c.cmd === 'library_qr' && c.args.text === 'https://www.douyin.com/video/7001'));
    await page.click('#lib-grid li[data-id="7002"] button.redownload');
    await page.waitForSelector('#toast:not([hidden])');
    assert.ok(calls.some((c) => c.cmd === 'jobs_enqueue' && c.args.items[0].kind === 'one'));
    await page.click('#lib-export-csv');
    await page.waitForFunction(() => /library-1\.csv/.test(document.getElementById('toast').textContent));
    assert.equal(calls.find((c) => c.cmd === 'library_export').args.format, 'csv');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await shot(page, `library-${lang}-${theme}.png`);
    }
    await context.close();
  });

  test(`creator view (${lang}): profile, expected vs saved, retry the gap`, async () => {
    const { page, calls, context } = await openApp({ locale, handlers: {
      preview_link: sample('Preview', { target: { kind: 'user', id: 'MS4wLjABAAAAx' }, media: null, title: '海边摄影师', author: null, coverUrl: PNG1, count: 42, durationMs: null, live: null }),
      library_report: sample('CreatorReport'),
      library_search: { total: 1, hits: [HIT('7001', '海边的日落')] }, library_thumb: PNG1, library_retry_gap: sample('GapRetry') } });
    await page.click('#nav-creator');
    await page.fill('#creator-input', 'MS4wLjABAAAAx');
    await page.click('#creator-load');
    await page.waitForSelector('#creator-profile:not([hidden])');
    assert.equal(await page.textContent('#creator-expected'), '42');
    assert.equal(await page.textContent('#creator-saved'), '38');
    assert.match(await page.textContent('#creator-gap'), /3/);
    await page.waitForSelector('#creator-grid li');
    await page.click('#creator-retry-gap');
    await page.waitForFunction(() => /#12 #13 #14/.test(document.getElementById('toast').textContent));
    assert.match(await page.textContent('#toast'), lang === 'en' ? /Queued 4 item/ : /已重新排队 4 项/);
    assert.ok(calls.some((c) => c.cmd === 'library_retry_gap' && c.args.creator === 'MS4wLjABAAAAx'));
    await shot(page, `creator-${lang}-light.png`);
    await context.close();
  });

  const WATCHED = (id, live, recording) => sample('WatchedRoom', { id, live, recording });
  test(`live view (${lang}): room status, danmaku through the channel with filters and counters, record, watch list`, async () => {
    const room = { handle: 1, roomId: '7300000000000000001', webRid: '775841227732', title: '夜市直播', nickname: '主播小王', userCount: '1.2万', live: true, qualities: ['FULL_HD1', 'HD1'] };
    const { page, calls, context } = await openApp({ locale, handlers: { live_record_start: 21, live_record_stop: null, live_close: true,
      live_watch_list: [WATCHED(5, true, 21)],
      live_watch_add: [WATCHED(5, true, 21), sample('WatchedRoom', { id: 6, kind: 'user', target: 'MS4wLjABAAAAx', label: null, live: false, checkedAt: null, recording: null })],
      live_watch_remove: [], live_watch_check: [WATCHED(5, false, null)] },
      extra: `async (cmd, args) => { if (cmd === 'live_open') { window.__channel = args.onEvent; return ${JSON.stringify(room)}; } }` });
    await page.click('#nav-live');
    await page.waitForSelector('#watch-list li[data-id="5"]');
    assert.match(await page.textContent('#watch-list li[data-id="5"] .watch-state'), lang === 'en' ? /recording \(job #21\)/ : /正在录制（任务 #21）/);
    await page.fill('#live-input', 'https://www.douyin.com/user/MS4wLjABAAAAx');
    await page.click('#watch-add');
    await page.waitForSelector('#watch-list li[data-id="6"]');
    assert.ok(calls.some((c) => c.cmd === 'live_watch_add' && c.args.link === 'https://www.douyin.com/user/MS4wLjABAAAAx'));
    assert.match(await page.textContent('#watch-list li[data-id="6"] .watch-state'), lang === 'en' ? /not checked yet/ : /尚未检查/);
    assert.equal(await page.$('#watch-list li[data-id="6"] .watch-open'), null, 'a creator has no room to open');
    // A pass in the background announces the list through the `watch` event.
    await page.evaluate((w) => window.__TAURI__.event.emit('watch', [w]), WATCHED(5, false, null));
    await page.waitForFunction(() => !document.querySelector('#watch-list li[data-id="6"]'));
    assert.equal(await page.getAttribute('#watch-list li[data-id="5"]', 'data-live'), 'false');
    await page.click('#watch-list li[data-id="5"] .watch-remove');
    await page.waitForFunction(() => document.querySelectorAll('#watch-list li').length === 0);
    assert.ok(calls.some((c) => c.cmd === 'live_watch_remove' && c.args.id === 5));
    await page.fill('#live-input', 'https://live.douyin.com/775841227732');
    await page.click('#live-open');
    await page.waitForSelector('#live-room:not([hidden])');
    assert.equal(await page.textContent('#live-title'), '夜市直播');
    assert.equal(await page.textContent('#live-quality'), 'FULL_HD1');
    await page.evaluate(() => {
      const send = (m) => window.__channel.onmessage(m);
      send({ type: 'connected', attempt: 0 });
      for (let i = 0; i < 5; i += 1) send({ type: 'event', method: 'WebcastChatMessage', received_ms: i, data: { user: { nickname: `观众${i}` }, content: `你好 ${i}` } });
      send({ type: 'event', method: 'WebcastGiftMessage', received_ms: 9, data: { user: { nickname: '土豪' }, gift: { name: '小心心' }, repeatCount: 3 } });
      send({ type: 'event', method: 'WebcastLikeMessage', received_ms: 10, data: { user: { nickname: '路人' }, count: 8 } });
    });
    await page.waitForFunction(() => document.querySelectorAll('#danmaku li').length === 6);
    assert.equal(await page.textContent('#count-chat'), '5');
    assert.equal(await page.textContent('#count-like'), '1', 'likes are counted even when filtered out');
    assert.match(await page.textContent('#danmaku'), /观众0：你好 0/);
    assert.match(await page.textContent('#danmaku'), /小心心 ×3/);
    await page.click('#live-record');
    assert.ok(calls.some((c) => c.cmd === 'live_record_start' && c.args.link.includes('775841227732')));
    await page.evaluate((p) => window.__TAURI__.event.emit('download', { type: 'progress', jobs: [p], files: [] }),
      { ...sample('JobProgress', { job: 21, bytes_done: 3 << 20, bytes_total: null, eta_s: null, active: 1 }), live: sample('LiveStatus', { quality: 'HD1', segment: 2 }) });
    await page.waitForFunction(() => /3(\.0)? MB/.test(document.getElementById('live-size').textContent));
    assert.equal(await page.textContent('#live-elapsed'), '1:05');
    assert.equal(await page.textContent('#live-quality'), 'HD1 (flv)', 'the quality the ladder got, not the room\'s best');
    assert.equal(await page.textContent('#live-segment'), '#2');
    assert.match(await page.textContent('#live-recording'), lang === 'en' ? /Recording/ : /录制中/);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await shot(page, `live-${lang}-${theme}.png`);
    }
    await context.close();
  });

  test(`account view (${lang}): health, QR login image, cookie import errors and success, re-login`, async () => {
    const green = { account: { uid: '1001', nickname: '测试账号', obtained_at_ms: 1 }, health: { state: 'ok', light: 'green', needs_login: false, checked_at_ms: 1, last_problem: null }, storedIn: 'file' };
    const expired = { account: green.account, health: { state: 'expired', light: 'red', needs_login: true, checked_at_ms: 1, last_problem: null }, storedIn: 'file' };
    const { page, calls, context } = await openApp({ locale, handlers: { account_status: expired, account_qr_start: { image: PNG1, scanUrl: 'https://x/?token=t', expiresAtMs: null },
      account_qr_poll: { progress: 'scanned', account: null }, account_login_window: null },
      extra: `async (cmd, args) => { if (cmd === 'account_import') { if (args.text.includes('sessionid')) return ${JSON.stringify(green)}; throw { kind: 'invalid_input', message: 'line 1: no sessionid cookie' }; } }` });
    await page.click('#nav-account');
    await page.waitForSelector('#health-light[data-light="red"]');
    assert.match(await page.textContent('#health-text'), lang === 'en' ? /expired/ : /过期/);
    assert.ok(await page.isVisible('#relogin-btn'));
    await page.click('#relogin-btn');
    assert.ok(calls.some((c) => c.cmd === 'account_login_window'));
    await page.click('#qr-btn');
    await page.waitForSelector('#qr-box:not([hidden]) img[src^="data:image/png"]');
    await page.waitForFunction(() => /confirm|确认/.test(document.getElementById('qr-state').textContent), null, { timeout: 5000 });
    await page.fill('#cookie-text', 'a=1');
    await page.click('#import-btn');
    await page.waitForSelector('#import-error:not([hidden])');
    assert.match(await page.textContent('#import-error'), /line 1/);
    await page.fill('#cookie-text', 'sessionid=abc; ttwid=x');
    await page.click('#import-btn');
    await page.waitForSelector('#health-light[data-light="green"]');
    assert.equal(await page.textContent('#account-name'), '测试账号');
    assert.equal(await page.getAttribute('body', 'data-health'), 'green');
    await page.evaluate(() => window.__TAURI__.event.emit('session', { account: null, health: { state: 'logged_out', light: 'grey', needs_login: true, checked_at_ms: null, last_problem: null }, storedIn: null }));
    await page.waitForSelector('#health-light[data-light="grey"]');
    await shot(page, `account-${lang}-light.png`);
    await context.close();
  });

  test(`settings view (${lang}): every field, problems shown beside their field, naming preview`, async () => {
    const { page, calls, context } = await openApp({ locale, handlers: { settings_naming_preview: '2023-11-15 06-13-20_海边的日落_video.mp4' },
      extra: `async (cmd, args) => { if (cmd === 'settings_set') { const s = args.settings; if (s.proxy && !s.proxy.includes('://')) return { settings: s, errors: [{ field: 'proxy', message: 'write the proxy as http://host:port' }] }; return { settings: s, errors: [] }; } }` });
    await page.click('#nav-settings');
    assert.equal(await page.inputValue('#set-naming'), '{create}_{desc}');
    await page.waitForFunction(() => /海边的日落_video\.mp4/.test(document.getElementById('naming-preview').textContent));
    await page.fill('#set-proxy', 'localhost:8080');
    await page.click('#settings-save');
    await page.waitForSelector('#err-proxy:not([hidden])');
    assert.match(await page.textContent('#err-proxy'), /http:\/\/host:port/);
    assert.ok(await page.$('#set-proxy.invalid'));
    await page.fill('#set-proxy', 'http://127.0.0.1:7890');
    await page.fill('#set-concurrency', '6');
    await page.check('#set-save-music');
    await page.click('#settings-save');
    await page.waitForFunction(() => document.getElementById('err-proxy').hidden);
    const saved = calls.filter((c) => c.cmd === 'settings_set').at(-1).args.settings;
    assert.equal(saved.proxy, 'http://127.0.0.1:7890');
    assert.equal(saved.concurrency, 6);
    assert.equal(saved.save.music, true);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await shot(page, `settings-${lang}-${theme}.png`);
    }
    await context.close();
  });

  test(`download view (${lang}): thumbnails, what will be saved, per-line mode, Download all queues them`, async () => {
    const { page, calls, context } = await openApp({ locale, handlers: {
      analyze_links: [LINKS[0], { url: 'https://www.douyin.com/user/MS4wLjABAAAAx', target: { kind: 'user', id: 'MS4wLjABAAAAx' }, message: null }],
      preview_link: sample('Preview', { target: { kind: 'post', id: '1' }, media: 'video', title: '海边的日落', author: '海边摄影师', coverUrl: PNG1, count: 12, durationMs: 1, live: null }),
      jobs_enqueue: [sample('EnqueueResult', { link: 'a', job: 1 }), sample('EnqueueResult', { link: 'b', job: 2 })] } });
    await page.fill('#link-input', 'x');
    await page.click('#analyze-btn');
    await page.waitForFunction(() => [...document.querySelectorAll('#link-list li')].every((li) => li.dataset.state === 'previewed'));
    assert.ok(await page.$('#link-list li .thumb img[src^="data:image/png"]'));
    assert.match(await page.textContent('#link-list li:first-child .will-save'), lang === 'en' ? /Will save: video \+ cover/ : /将保存：视频 \+ 封面/);
    await page.selectOption('#link-list li:nth-child(2) select.job-kind', 'like');
    await page.click('#download-btn');
    await page.waitForSelector('#link-list li[data-queued="true"]');
    const items = calls.find((c) => c.cmd === 'jobs_enqueue').args.items;
    assert.deepEqual(items.map((i) => i.kind), ['one', 'like']);
    await page.evaluate(() => { document.getElementById('drop-overlay').hidden = false; });
    await shot(page, `download-${lang}-drop.png`);
    await page.evaluate(() => { document.getElementById('drop-overlay').hidden = true; });
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await shot(page, `download-${lang}-${theme}.png`);
    }
    await context.close();
  });
}
