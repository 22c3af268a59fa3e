// Account: the session's health (with one-click re-login), the login window, QR login drawn
// by the backend, cookie import (paste or file) and logout.
import { t } from '../i18n.js';
import { api, asError } from '../ipc.js';
import { $, errorText, toast } from '../dom.js';

let qrTimer = null;

export function render(view) {
  const h = view.health;
  const light = $('#health-light');
  light.dataset.light = h.light;
  $('#health-text').textContent = t(`health.${h.state}`);
  $('#account-name').textContent = view.account ? (view.account.nickname || view.account.uid) : '';
  $('#account-stored').textContent = view.storedIn === 'keyring' ? t('account.storedKeyring') : view.storedIn === 'file' ? t('account.storedFile') : '';
  $('#relogin-btn').hidden = !h.needs_login || h.state === 'logged_out';
  $('#logout-btn').hidden = h.state === 'logged_out';
  document.body.dataset.health = h.light;
  if (h.light === 'green') stopQr();
}

export async function refresh() {
  try { render(await api.account()); } catch (err) { toast(errorText(asError(err)), 'error'); }
}

function stopQr() {
  clearInterval(qrTimer);
  qrTimer = null;
  $('#qr-box').hidden = true;
}

async function startQr() {
  try {
    const ticket = await api.qrStart();
    $('#qr-image').src = ticket.image;
    $('#qr-state').textContent = t('account.qrHint');
    $('#qr-box').hidden = false;
    clearInterval(qrTimer);
    qrTimer = setInterval(async () => {
      try {
        const s = await api.qrPoll();
        if (s.progress === 'scanned') $('#qr-state').textContent = t('account.qrScanned');
        if (s.account) { render(s.account); stopQr(); }
      } catch (err) { stopQr(); toast(errorText(asError(err)), 'error'); }
    }, 1500);
  } catch (err) { toast(errorText(asError(err)), 'error'); }
}

async function importText(text) {
  try {
    render(await api.importCookies(text));
    $('#cookie-text').value = '';
    $('#import-error').hidden = true;
  } catch (err) {
    $('#import-error').textContent = errorText(asError(err));
    $('#import-error').hidden = false;
  }
}

export function init() {
  const login = () => api.loginWindow().catch((e) => toast(errorText(asError(e)), 'error'));
  $('#login-window-btn').addEventListener('click', login);
  $('#relogin-btn').addEventListener('click', login);
  $('#qr-btn').addEventListener('click', startQr);
  $('#check-btn').addEventListener('click', () => api.accountCheck().then(render).catch((e) => toast(errorText(asError(e)), 'error')));
  $('#logout-btn').addEventListener('click', () => api.logout().then(render).catch((e) => toast(errorText(asError(e)), 'error')));
  $('#import-btn').addEventListener('click', () => importText($('#cookie-text').value));
  $('#cookie-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (file) await importText(await file.text());
    e.target.value = '';
  });
}
