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

// Every test page gets the real __TAURI__ global; `handlers` answers commands by name.
async function openApp({ locale = 'en-US', colorScheme = 'light', handlers = {} } = {}) {
  const context = await browser.newContext({ locale, colorScheme });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const calls = [];
  await page.exposeFunction('__recordCall', (cmd, args) => calls.push({ cmd, args }));
  await page.addInitScript({ path: tauriBundle });
  await page.addInitScript(`
    window.__TAURI__.mocks.mockIPC(async (cmd, args) => {
      await window.__recordCall(cmd, args);
      const h = (${JSON.stringify(Object.fromEntries(Object.entries(handlers).map(([k, v]) => [k, v])))})[cmd];
      if (h === undefined) throw { kind: 'unmocked', message: 'unmocked ' + cmd };
      if (h && h.__reject) throw h.__reject;
      return h;
    });`);
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, calls, context };
}

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
  { url: 'https://www.douyin.com/video/7298145681699622182', target: { kind: 'post', id: '7298145681699622182' }, message: null },
  { url: 'https://v.douyin.com/iNUBcHxM/', target: { kind: 'short_link', id: 'https://v.douyin.com/iNUBcHxM/' }, message: null },
  { url: 'https://example.com/x', target: null, message: 'not a Douyin link' },
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

const PREVIEW = { target: { kind: 'post', id: '7298145681699622182' }, media: 'video', title: '海边的日落', author: '测试用户', count: 1234 };

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
