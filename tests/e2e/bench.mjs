// Measurements of the real app under Xvfb (run by scripts/bench-app; numbers, not assertions):
// cold start to interactive, idle RSS, RSS with a 200-post job running, and library search
// latency through IPC over the library the app was started on.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { Builder, By, Capabilities, until } from 'selenium-webdriver';

const APP = process.env.APP;
const USER = process.env.BENCH_USER_SEC;
const driverProc = spawn(process.env.TAURI_DRIVER || 'tauri-driver', ['--native-driver', '/usr/bin/WebKitWebDriver'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < 100; i += 1) { try { if ((await fetch('http://127.0.0.1:4444/status')).ok) break; } catch { /* not up */ } await sleep(200); }

// The app's process (the one running APP) and its WebKit children.
function rssKb() {
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const exe = (pid) => { try { return fs.readlinkSync(`/proc/${pid}/exe`); } catch { return ''; } };
  const parent = (pid) => { try { return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]; } catch { return ''; } };
  const app = procs.find((p) => exe(p) === fs.realpathSync(APP));
  const children = procs.filter((p) => parent(p) === app);
  const kb = (pid) => { try { return Number((fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/) || [0, 0])[1]); } catch { return 0; } };
  return { app: kb(app), webkit: children.reduce((n, p) => n + kb(p), 0) };
}

const caps = new Capabilities();
caps.set('tauri:options', { application: APP });
caps.setBrowserName('wry');
const t0 = performance.now();
const driver = await new Builder().withCapabilities(caps).usingServer('http://127.0.0.1:4444/').build();
await driver.wait(until.elementLocated(By.css('body[data-ready="true"]')), 60000);
const cold = performance.now() - t0;
await sleep(5000);
const idle = rssKb();
const lat = await driver.executeScript(`
  const words = ['旅行', '美食', '杭州 西湖', '日落', 'vlog', '猫', '周末 海边', '音乐'];
  const out = [];
  for (let i = 0; i < 80; i += 1) {
    const t = performance.now();
    await window.__TAURI__.core.invoke('library_search', { query: { text: words[i % words.length], limit: 60, offset: 0 } });
    out.push(performance.now() - t);
  }
  const total = (await window.__TAURI__.core.invoke('library_stats')).posts;
  out.sort((a, b) => a - b);
  return { total, p50: out[40], p99: out[79], max: out[79] };`);
const [r] = await driver.executeScript('return window.__TAURI__.core.invoke("jobs_enqueue", { items: [{ link: arguments[0] }] })', `https://www.douyin.com/user/${USER}`);
let peak = { app: 0, webkit: 0 };
let files = 0;
for (let i = 0; i < 40; i += 1) {
  await sleep(500);
  const now = rssKb();
  if (now.app + now.webkit > peak.app + peak.webkit) peak = now;
  const job = (await driver.executeScript('return window.__TAURI__.core.invoke("jobs_list")')).find((j) => j.id === r.job);
  files = job?.files_done ?? 0;
}
const mb = (kb) => (kb / 1024).toFixed(0);
console.log(`cold start to interactive (WebDriver session start → UI ready): ${cold.toFixed(0)} ms`);
console.log(`idle RSS: app ${mb(idle.app)} MB + WebKit processes ${mb(idle.webkit)} MB`);
console.log(`RSS with a 200-post creator job running (peak over 20 s, ${files} files done): app ${mb(peak.app)} MB + WebKit ${mb(peak.webkit)} MB`);
console.log(`library_search over ${lat.total} posts, through IPC (80 queries): p50 ${lat.p50.toFixed(1)} ms, p99 ${lat.p99.toFixed(1)} ms`);
await driver.quit();
driverProc.kill();
