// End to end: the real desktop app under Xvfb, driven through tauri-driver and WebKitWebDriver.
// Usage: APP=target/debug/douyin-app node --test tests/e2e/app.e2e.test.mjs   (tauri-driver on PATH)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { Builder, By, Capabilities, until } from 'selenium-webdriver';

const APP = process.env.APP;
// The emulator playing Douyin; the suite needs it (scripts/test-all starts it), so a missing or
// dead emulator fails the run instead of quietly skipping the lookups.
const API_BASE = process.env.DOUYIN_API_BASE;
const DRIVER = process.env.TAURI_DRIVER || 'tauri-driver';
const SHOTS = process.env.SHOTS || path.resolve(import.meta.dirname, '..', '..', 'target', 'shots');
let tauriDriver, driver;

// WebDriver screenshots hang with WebKitWebDriver here, so the X display is captured instead
// (ImageMagick's `import`, when installed); the picture is for people, not an assertion.
function snapshot(name) {
  spawnSync('import', ['-window', 'root', path.join(SHOTS, name)], { stdio: 'ignore', timeout: 10000 });
}

async function waitForDriver(url, ms = 20000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try { if ((await fetch(`${url}/status`)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('tauri-driver did not come up');
}

// Fails (never skips) unless the emulator at DOUYIN_API_BASE answers its world listing.
async function emulatorWorld() {
  assert.ok(API_BASE, 'DOUYIN_API_BASE must point at a running douyin-emulator (scripts/test-all starts one)');
  let res;
  try {
    res = await fetch(`${API_BASE}/__admin/world`);
  } catch (e) {
    assert.fail(`the emulator at ${API_BASE} did not answer: ${e.message}`);
  }
  assert.equal(res.status, 200, `the emulator at ${API_BASE} answered ${res.status} to /__admin/world`);
  return res.json();
}

let world;

const LIBRARY = process.env.DOUYIN_DOWNLOAD_DIR;

async function startApp() {
  const caps = new Capabilities();
  caps.set('tauri:options', { application: APP });
  caps.setBrowserName('wry');
  driver = await new Builder().withCapabilities(caps).usingServer('http://127.0.0.1:4444/').build();
  await driver.wait(until.elementLocated(By.css('body[data-ready="true"]')), 20000);
}

before(async () => {
  assert.ok(APP && fs.existsSync(APP), `APP must point at the built app binary (got ${APP})`);
  assert.ok(LIBRARY, 'DOUYIN_DOWNLOAD_DIR must name the library folder the app downloads into');
  world = await emulatorWorld();
  fs.mkdirSync(SHOTS, { recursive: true });
  tauriDriver = spawn(DRIVER, ['--native-driver', '/usr/bin/WebKitWebDriver'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForDriver('http://127.0.0.1:4444');
  await startApp();
});

after(async () => {
  if (driver) await driver.quit().catch(() => {});
  if (tauriDriver) tauriDriver.kill();
});

test('the window shows the download view with a paste box', async () => {
  const title = await driver.findElement(By.id('download-title'));
  assert.ok(['Paste links to archive', '粘贴链接，开始存档'].includes(await title.getText()));
  assert.ok(await driver.findElement(By.id('link-input')).isDisplayed());
});

test('the about view shows the version reported by the Rust side', async () => {
  await driver.findElement(By.id('nav-about')).click();
  const version = await driver.findElement(By.id('about-version'));
  await driver.wait(until.elementTextIs(version, '0.1.0'), 10000);
  assert.equal(await driver.findElement(By.id('about-core')).getText(), '0.1.0');
  snapshot('e2e-about.png');
});

test('switching the language relabels the navigation', async () => {
  const nav = await driver.findElement(By.id('nav-settings'));
  const before = await nav.getText();
  await driver.findElement(By.id('lang-toggle')).click();
  const after = await nav.getText();
  assert.notEqual(before, after);
  assert.ok(['Settings', '设置'].includes(after));
});

test('pasted share text is recognised by the real core', async () => {
  await driver.findElement(By.id('nav-download')).click();
  const input = await driver.findElement(By.id('link-input'));
  await input.clear();
  await input.sendKeys('7.43 复制打开抖音 https://www.douyin.com/video/7298145681699622182 看看\nhttps://live.douyin.com/775841227732');
  await driver.findElement(By.id('analyze-btn')).click();
  await driver.wait(until.elementLocated(By.css('#link-list li:nth-child(2)')), 10000);
  const kinds = await driver.executeScript(
    'return [...document.querySelectorAll("#link-list li")].map((li) => li.dataset.kind)');
  assert.deepEqual(kinds, ['post', 'live']);
  const first = await driver.findElement(By.css('#link-list li:first-child .link-id')).getText();
  assert.equal(first, '7298145681699622182');
  snapshot('e2e-links.png');
});

// The offline demo: the app started with DOUYIN_API_BASE pointing at the emulator looks links up
// there (`before` has already failed the suite if the emulator is not running).
test('with DOUYIN_API_BASE set, links are looked up on the emulator', async () => {
  const user = world.users[0];
  const live = world.lives[0];
  const short = world.short_links[0];
  const text = [
    `https://www.douyin.com/user/${user.sec_user_id}`,
    `https://live.douyin.com/${live.web_rid}`,
    `https://v.douyin.com/${short.code}/`,
  ].join(' ');
  await driver.findElement(By.id('nav-download')).click();
  const input = await driver.findElement(By.id('link-input'));
  await input.clear();
  await input.sendKeys(text);
  await driver.findElement(By.id('analyze-btn')).click();
  await driver.wait(async () => driver.executeScript(
    'const lis = [...document.querySelectorAll("#link-list li")];'
    + 'return lis.length === 3 && lis.every((li) => li.dataset.state === "previewed");'), 15000);
  const rows = await driver.executeScript(
    'return [...document.querySelectorAll("#link-list li")].map((li) => ({kind: li.dataset.kind,'
    + ' title: li.querySelector(".link-title").textContent, meta: li.querySelector(".link-meta").textContent}))');
  assert.equal(rows[0].kind, 'user');
  assert.equal(rows[0].title, user.nickname);
  assert.equal(rows[1].kind, 'live');
  assert.ok(rows[2].kind !== 'short_link', `short link resolved (${rows[2].kind})`);
  snapshot('e2e-offline-demo.png');
});

const js = (code, ...args) => driver.executeScript(code, ...args);
const jobsInUi = () => js('return [...document.querySelectorAll("#job-list .job-card")].map((c) => ({id: +c.dataset.id, state: c.dataset.state, kind: c.dataset.kind}))');

async function waitFor(what, fn, ms = 60000) {
  const t0 = Date.now();
  let last;
  while (Date.now() - t0 < ms) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

async function paste(text) {
  await driver.findElement(By.id('nav-download')).click();
  await js('document.getElementById("link-input").value = arguments[0]', text);
  await driver.findElement(By.id('analyze-btn')).click();
  await waitFor('links recognised', () => js('const l = [...document.querySelectorAll("#link-list li")]; return l.length > 0 && l.every((li) => li.dataset.state === "previewed" || li.dataset.state === "error")'));
}

test('a pasted share text downloads: the file is on disk and found in the library search', async () => {
  const id = world.posts.video[0];
  const { title } = await js('return window.__TAURI__.core.invoke("preview_link", { target: { kind: "post", id: arguments[0] } })', id);
  const post = { aweme_id: id, desc: title };
  await paste(`3.14 复制打开抖音，看看【${title.slice(0, 8)}】 https://www.douyin.com/video/${id} 哈哈`);
  await driver.findElement(By.id('download-btn')).click();
  await waitFor('the line is queued', () => js('return !!document.querySelector("#link-list li[data-queued=true]")'));
  snapshot('e2e-download.png');
  await driver.findElement(By.id('nav-queue')).click();
  const done = await waitFor('the job is done', async () => (await jobsInUi()).find((j) => j.kind === 'one' && j.state === 'done'));
  const files = await js('return window.__TAURI__.core.invoke("jobs_files", { job: arguments[0] })', done.id);
  const media = files.find((f) => ['video', 'image'].includes(f.asset));
  assert.equal(media.state, 'done');
  const onDisk = path.join(LIBRARY, media.path);
  assert.equal(fs.statSync(onDisk).size, media.bytes, `${onDisk} holds the whole file`);
  snapshot('e2e-queue.png');
  await driver.findElement(By.id('nav-library')).click();
  await js('const i = document.getElementById("lib-search"); i.value = arguments[0]; i.dispatchEvent(new Event("input"))', post.desc.slice(0, 4));
  await waitFor('the post in the library', () => js('return !!document.querySelector(`#lib-grid li[data-id="${arguments[0]}"]`)', post.aweme_id));
  await waitFor('its thumbnail', () => js('return !!document.querySelector("#lib-grid li img[src^=data]")'), 10000).catch(() => {});
  snapshot('e2e-library.png');
});

test('a dropped list of links is all queued', async () => {
  const ids = world.posts.video.slice(1, 4);
  await driver.findElement(By.id('nav-download')).click();
  await js('document.getElementById("link-input").value = ""');
  await js(`const dt = new DataTransfer();
    dt.items.add(new File([arguments[0]], "links.txt", { type: "text/plain" }));
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));`,
  ids.map((id) => `https://www.douyin.com/video/${id}`).join('\n'));
  await waitFor('three previewed lines', () => js('const l = [...document.querySelectorAll("#link-list li")]; return l.length === 3 && l.every((li) => li.dataset.state === "previewed")'));
  await driver.findElement(By.id('download-btn')).click();
  await waitFor('all queued', () => js('return document.querySelectorAll("#link-list li[data-queued=true]").length === 3'));
  const jobs = await js('return window.__TAURI__.core.invoke("jobs_list")');
  for (const id of ids) assert.ok(jobs.some((j) => j.target === id), `job for ${id}`);
});

test('logging in through the emulator page turns health green and a login-only list downloads', async () => {
  await driver.findElement(By.id('nav-account')).click();
  const main = await driver.getWindowHandle();
  await driver.findElement(By.id('login-window-btn')).click();
  const login = await waitFor('the login window', async () => (await driver.getAllWindowHandles()).find((h) => h !== main), 20000);
  await driver.switchTo().window(login);
  await driver.wait(until.elementLocated(By.id('scan')), 20000);
  await driver.findElement(By.id('scan')).click();
  await driver.switchTo().window(main);
  await waitFor('health green', () => js('return document.getElementById("health-light").dataset.light === "green"'), 60000);
  snapshot('e2e-account.png');
  const sec = world.account.sec_user_id;
  const [r] = await js('return window.__TAURI__.core.invoke("jobs_enqueue", { items: [{ link: arguments[0], kind: "collection" }] })', `https://www.douyin.com/user/${sec}`);
  assert.ok(r.job, JSON.stringify(r));
  await driver.findElement(By.id('nav-queue')).click();
  const job = await waitFor('the collection job ends', async () => (await jobsInUi()).find((j) => j.id === r.job && ['done', 'failed'].includes(j.state)));
  assert.equal(job.state, 'done');
  // The app's log file exists and holds no credential of the session just used.
  const log = fs.readFileSync(path.join(process.env.DOUYIN_DATA_DIR, 'logs', 'douyin-archiver.log'), 'utf8');
  assert.match(log, /Douyin Archiver starts/);
  const sid = /sessionid=([^;]+)/.exec(world.account.cookie)?.[1];
  assert.ok(sid, 'the emulator account has a session id');
  assert.ok(!log.includes(sid), 'the session id is not in the log');
});

test('a live room opens, danmaku arrive, and a recording produces a playable segment in the library', async () => {
  const room = world.lives.find((l) => l.live) || world.lives[0];
  await driver.findElement(By.id('nav-live')).click();
  await js('document.getElementById("live-input").value = arguments[0]', `https://live.douyin.com/${room.web_rid}`);
  await driver.findElement(By.id('live-open')).click();
  await waitFor('danmaku', () => js('return [...document.querySelectorAll("[id^=count-]")].reduce((n, e) => n + Number(e.textContent), 0) > 3'), 30000);
  await driver.findElement(By.id('live-record')).click();
  await waitFor('recording bytes', () => js('return /[1-9]/.test(document.getElementById("live-size").textContent) && document.getElementById("live-elapsed").textContent !== "—"'), 30000);
  snapshot('e2e-live.png');
  const job = (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((j) => j.kind === 'live' && ['queued', 'running'].includes(j.state));
  assert.ok(job, 'the recording is a queue job');
  await driver.findElement(By.id('live-record')).click();
  const ended = await waitFor('the recording stops', async () => (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((j) => j.id === job.id && !['queued', 'running'].includes(j.state)), 30000);
  assert.ok(ended.live && ended.live.segments_done >= 1, JSON.stringify(ended));
  // The closed segment is renamed into the library (no .part) with its danmaku beside it.
  const dir = path.join(LIBRARY, 'douyin', 'live');
  const found = fs.readdirSync(dir, { recursive: true }).map(String);
  const media = found.filter((f) => /\.(flv|ts)$/.test(f));
  assert.ok(media.length >= 1, `a segment in ${dir}: ${found}`);
  assert.ok(found.some((f) => f.endsWith('.danmaku.jsonl')), `danmaku beside it: ${found}`);
  assert.ok(!found.some((f) => f.endsWith('.part')), `no partial file left: ${found}`);
  const flv = media.find((f) => f.endsWith('.flv'));
  if (flv) assert.equal(fs.readFileSync(path.join(dir, flv)).subarray(0, 3).toString('latin1'), 'FLV');
  await driver.findElement(By.id('live-close')).click();
});

test('quitting mid-download and starting again resumes the queue and finishes it', async () => {
  const user = world.users[world.users.length - 1];
  const [r] = await js('return window.__TAURI__.core.invoke("jobs_enqueue", { items: [{ link: arguments[0] }] })', `https://www.douyin.com/user/${user.sec_user_id}`);
  assert.ok(r.job, JSON.stringify(r));
  await waitFor('a first file saved', async () => {
    const j = (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((x) => x.id === r.job);
    return j && j.files_done > 0;
  });
  const before = (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((x) => x.id === r.job);
  await driver.quit();
  await startApp();
  const restored = (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((x) => x.id === r.job);
  assert.ok(restored, 'the job is back after the restart');
  assert.ok(restored.files_done >= before.files_done);
  const done = await waitFor('the resumed job finishes', async () => {
    const j = (await js('return window.__TAURI__.core.invoke("jobs_list")')).find((x) => x.id === r.job);
    return j && j.state === 'done' ? j : null;
  }, 120000);
  assert.equal(done.files_failed, 0);
  assert.ok(done.files_done >= user.aweme_count || done.files_done > before.files_done || before.state === 'done', JSON.stringify({ before, done }));
});
