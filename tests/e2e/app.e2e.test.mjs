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

before(async () => {
  assert.ok(APP && fs.existsSync(APP), `APP must point at the built app binary (got ${APP})`);
  world = await emulatorWorld();
  fs.mkdirSync(SHOTS, { recursive: true });
  tauriDriver = spawn(DRIVER, ['--native-driver', '/usr/bin/WebKitWebDriver'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForDriver('http://127.0.0.1:4444');
  const caps = new Capabilities();
  caps.set('tauri:options', { application: APP });
  caps.setBrowserName('wry');
  driver = await new Builder().withCapabilities(caps).usingServer('http://127.0.0.1:4444/').build();
  await driver.wait(until.elementLocated(By.css('body[data-ready="true"]')), 15000);
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
