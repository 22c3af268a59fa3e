// Small DOM and formatting helpers shared by the views.
import { t } from './i18n.js';

export const $ = (sel, root = document) => root.querySelector(sel);

/** `el('div', {class: 'x', onclick}, child, 'text')` */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function bytes(n) {
  if (n == null) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0; let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i += 1; }
  return `${v < 10 && i ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function duration(s) {
  if (s == null) return '—';
  if (s < 60) return t('time.s', { n: Math.round(s) });
  if (s < 3600) return t('time.m', { n: Math.round(s / 60) });
  return t('time.h', { n: (s / 3600).toFixed(1) });
}

/** A running length as h:mm:ss (or m:ss): a recording's elapsed time. */
export function clock(s) {
  const two = (n) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return `${h ? `${h}:${two(Math.floor(s / 60) % 60)}` : Math.floor(s / 60)}:${two(s % 60)}`;
}

/** The localised hint for an error kind, else the backend's text. */
export function errorText(e) {
  const key = `errkind.${e.kind}`;
  const hint = t(key);
  return hint === key ? e.message : `${hint} (${e.message})`;
}

export function toast(text, kind = 'ok') {
  const box = $('#toast');
  box.textContent = text;
  box.dataset.kind = kind;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}
