// Settings: every field of the Rust `Settings`; the backend validates and each problem is
// shown beside its field; the naming template previews a real post's file name as you type.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, errorText, toast } from '../dom.js';

let current = null;
let onSaved = () => {};
let previewTimer = null;

const FIELDS = {
  downloadDir: ['#set-folder', 'text'], naming: ['#set-naming', 'text'], quality: ['#set-quality', 'text'],
  preferH265: ['#set-h265', 'bool'], imagesAsJpeg: ['#set-jpeg', 'bool'], concurrency: ['#set-concurrency', 'int'],
  connections: ['#set-connections', 'int'], requestsPerS: ['#set-rate', 'float'], proxy: ['#set-proxy', 'text'],
  clipboardWatch: ['#set-clipboard', 'bool'], notifications: ['#set-notifications', 'bool'],
};
const SAVE = ['music', 'cover', 'desc', 'lyric', 'json', 'folderize'];

export function fill(s) {
  current = s;
  for (const [key, [sel, type]] of Object.entries(FIELDS)) {
    const input = $(sel);
    if (type === 'bool') input.checked = !!s[key]; else input.value = s[key] ?? '';
  }
  for (const k of SAVE) $(`#set-save-${k}`).checked = !!s.save[k];
  $('#set-folder').placeholder = t('settings.default');
  previewName();
}

function read() {
  const s = structuredClone(current);
  for (const [key, [sel, type]] of Object.entries(FIELDS)) {
    const input = $(sel);
    s[key] = type === 'bool' ? input.checked : type === 'int' ? Number.parseInt(input.value, 10) || 0 : type === 'float' ? Number(input.value) : input.value;
  }
  for (const k of SAVE) s.save[k] = $(`#set-save-${k}`).checked;
  return s;
}

function clearErrors() {
  document.querySelectorAll('#view-settings .field-error').forEach((e) => { e.textContent = ''; e.hidden = true; });
  document.querySelectorAll('#view-settings .invalid').forEach((e) => e.classList.remove('invalid'));
}

/** Saves the form (`fromForm`) or the current settings, with `extra` changed. */
export async function save(extra = {}, fromForm = false) {
  if (!current) return false;
  clearErrors();
  try {
    const answer = await api.saveSettings({ ...(fromForm ? read() : structuredClone(current)), ...extra });
    if (answer.errors.length) {
      for (const e of answer.errors) {
        const box = $(`#err-${e.field}`);
        if (box) { box.textContent = e.message; box.hidden = false; }
        const sel = FIELDS[e.field]?.[0];
        if (sel) $(sel).classList.add('invalid');
      }
      toast(t('settings.invalid'), 'error');
      return false;
    }
    current = answer.settings;
    onSaved(current);
    toast(t('settings.saved'));
    return true;
  } catch (err) {
    toast(errorText(asError(err)), 'error');
    return false;
  }
}

async function previewName() {
  const template = $('#set-naming').value;
  try {
    $('#naming-preview').textContent = t('settings.namingPreview', { name: await api.namingPreview(template) });
    $('#naming-preview').classList.remove('error-text');
  } catch (err) {
    $('#naming-preview').textContent = asError(err).message;
    $('#naming-preview').classList.add('error-text');
  }
}

export function init(saved) {
  onSaved = saved;
  $('#settings-save').addEventListener('click', () => save({}, true));
  $('#set-choose').addEventListener('click', async () => {
    const dir = await api.chooseFolder().catch(() => null);
    if (dir) $('#set-folder').value = dir;
  });
  $('#set-naming').addEventListener('input', () => { clearTimeout(previewTimer); previewTimer = setTimeout(previewName, 200); });
}

export function setCurrent(s) { current = s; }
