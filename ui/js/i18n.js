// Chinese and English strings, and applying them to elements marked with data-i18n*.
export const STRINGS = {
  zh: {
    'app.name': '抖音存档',
    'nav.download': '下载', 'nav.queue': '队列', 'nav.library': '资料库', 'nav.live': '直播',
    'nav.settings': '设置', 'nav.about': '关于',
    'download.title': '粘贴链接，开始存档',
    'download.subtitle': '支持作品、图集、用户主页、合集、直播间的分享链接或分享口令，可一次粘贴多条。',
    'download.placeholder': '在此粘贴抖音分享链接或分享文字（每行一条），或把包含链接的文本文件拖进来…',
    'download.dropHint': '拖放：文本、链接或 .txt 文件',
    'download.analyze': '识别链接', 'download.clear': '清空',
    'download.count': '识别到 {n} 条链接', 'download.none': '没有找到链接：请粘贴以 https:// 开头的抖音链接或分享口令。',
    'download.fileError': '无法读取拖入的文件：{msg}',
    'kind.post': '作品', 'kind.user': '用户', 'kind.mix': '合集', 'kind.live': '直播间',
    'kind.live_room': '直播房间', 'kind.short_link': '短链接（需解析）', 'kind.music': '音乐', 'kind.unknown': '无法识别',
    'preview.video': '视频', 'preview.images': '图集', 'preview.live_photo': '实况图集', 'preview.mix': '合集',
    'preview.live': '直播', 'preview.posts': '{n} 个作品', 'preview.likes': '{n} 赞', 'preview.viewers': '{n} 人观看',
    'preview.liveNow': '直播中', 'preview.liveEnded': '已下播',
    'queue.title': '下载队列', 'queue.empty': '队列是空的。在「下载」页粘贴链接即可加入。',
    'library.title': '资料库', 'library.empty': '还没有存档。下载完成的作品会出现在这里。',
    'live.title': '直播录制', 'live.empty': '没有正在录制的直播。粘贴直播间链接即可录制视频与弹幕。',
    'settings.title': '设置', 'settings.language': '语言', 'settings.theme': '外观',
    'theme.system': '跟随系统', 'theme.light': '浅色', 'theme.dark': '深色', 'theme.toggle': '切换浅色/深色',
    'about.title': '关于', 'about.body': '一个把抖音作品、图集、音乐、用户主页和直播完整保存到本地的桌面应用。',
    'about.version': '版本', 'about.core': '核心库', 'about.license': '许可证',
    'about.credit': '参考了开源项目 F2 的接口知识；本应用的代码为独立实现。',
    'errkind.login_required': '需要登录抖音账号：请在设置中重新登录后再试。',
    'errkind.empty_response': '抖音暂时拒绝了请求（风控）：请等几分钟、降低速度后再试。',
    'errkind.captcha': '抖音要求验证：请在浏览器打开 douyin.com 完成验证，再重新登录。',
    'errkind.rate_limited': '请求太频繁：请稍等片刻再试。',
    'errkind.unavailable': '作品已删除、设为私密或不可见。',
    'errkind.not_found': '没有找到：链接可能已失效。',
    'errkind.network': '连不上抖音：请检查网络或代理设置。',
    'errkind.timeout': '请求超时：请检查网络后重试。',
    'errkind.proxy': '代理不可用：请检查设置中的代理地址。',
    'errkind.invalid_input': '输入无法使用：请检查链接、ID 或选项。',
    'errkind.decode': '抖音返回的内容无法解析：抖音可能改了格式，请更新应用或反馈问题。',
    'errkind.api_refused': '抖音拒绝了这个请求：请稍后再试；如果一直这样，请重新登录。',
    'errkind.http_status': '抖音返回了错误状态：请稍后再试。',
    'errkind.sign': '请求无法签名：请检查设置中的 User-Agent 和输入的内容。',
    'errkind.token': '无法获取抖音令牌：请稍后再试，或检查代理。',
    'errkind.io': '无法读写本地文件：请检查文件夹是否存在、是否可写。',
    'errkind.cancelled': '已取消。',
    'errkind.disk_full': '磁盘已满：请清理空间，或在设置中换一个下载文件夹。',
    'errkind.bad_media': '下载到的不是预期的媒体文件：请稍后重试，链接可能已过期。',
    'errkind.not_live': '这个直播间现在没有在直播。',
    'errkind.protocol': '直播弹幕连接出错：请稍后重试。',
    'error.generic': '出错了：{msg}', 'error.noBackend': '后端不可用：请从桌面应用中打开此页面。',
  },
  en: {
    'app.name': 'Douyin Archiver',
    'nav.download': 'Download', 'nav.queue': 'Queue', 'nav.library': 'Library', 'nav.live': 'Live',
    'nav.settings': 'Settings', 'nav.about': 'About',
    'download.title': 'Paste links to archive',
    'download.subtitle': 'Share links or share text for posts, image posts, creators, mixes and live rooms; paste as many as you like.',
    'download.placeholder': 'Paste Douyin share links or share text here (one per line), or drop a text file of links…',
    'download.dropHint': 'Drop text, links or a .txt file',
    'download.analyze': 'Recognise links', 'download.clear': 'Clear',
    'download.count': '{n} link(s) found', 'download.none': 'No links found: paste a Douyin link starting with https:// or a share text.',
    'download.fileError': 'Could not read the dropped file: {msg}',
    'kind.post': 'Post', 'kind.user': 'Creator', 'kind.mix': 'Mix', 'kind.live': 'Live room',
    'kind.live_room': 'Live room id', 'kind.short_link': 'Short link (to resolve)', 'kind.music': 'Music', 'kind.unknown': 'Not recognised',
    'preview.video': 'Video', 'preview.images': 'Image post', 'preview.live_photo': 'Live photos', 'preview.mix': 'Mix',
    'preview.live': 'Live', 'preview.posts': '{n} posts', 'preview.likes': '{n} likes', 'preview.viewers': '{n} watching',
    'preview.liveNow': 'Live now', 'preview.liveEnded': 'Ended',
    'queue.title': 'Download queue', 'queue.empty': 'The queue is empty. Paste links on the Download page to add them.',
    'library.title': 'Library', 'library.empty': 'Nothing archived yet. Finished downloads appear here.',
    'live.title': 'Live recording', 'live.empty': 'No live stream is being recorded. Paste a live room link to record video and chat.',
    'settings.title': 'Settings', 'settings.language': 'Language', 'settings.theme': 'Appearance',
    'theme.system': 'Follow system', 'theme.light': 'Light', 'theme.dark': 'Dark', 'theme.toggle': 'Toggle light/dark',
    'about.title': 'About', 'about.body': 'A desktop app that saves Douyin posts, image posts, music, creators and lives completely to your disk.',
    'about.version': 'Version', 'about.core': 'Core library', 'about.license': 'License',
    'about.credit': "Informed by the open-source F2 project's knowledge of the API; this app's code is its own.",
    'errkind.login_required': 'Douyin wants you to be logged in: log in again in Settings, then retry.',
    'errkind.empty_response': 'Douyin is refusing requests for now (risk control): wait a few minutes and retry more slowly.',
    'errkind.captcha': 'Douyin asks for a verification: open douyin.com in your browser, pass the check, then log in again.',
    'errkind.rate_limited': 'Too many requests: wait a moment and retry.',
    'errkind.unavailable': 'This post is deleted, private or hidden.',
    'errkind.not_found': 'Not found: the link may have expired.',
    'errkind.network': 'Douyin cannot be reached: check your network or proxy.',
    'errkind.timeout': 'The request timed out: check your network and retry.',
    'errkind.proxy': 'The proxy does not work: check the proxy address in Settings.',
    'errkind.invalid_input': 'This input cannot be used: check the link, id or option.',
    'errkind.decode': 'Douyin answered in a form the app cannot read: Douyin may have changed it; update the app or report this.',
    'errkind.api_refused': 'Douyin refused the request: retry later; if it keeps happening, log in again.',
    'errkind.http_status': 'Douyin answered with an error status: retry later.',
    'errkind.sign': 'The request could not be signed: check the user agent in Settings and what you entered.',
    'errkind.token': 'Could not get a Douyin token: retry later or check the proxy.',
    'errkind.io': 'A local file could not be read or written: check that the folder exists and is writable.',
    'errkind.cancelled': 'Cancelled.',
    'errkind.disk_full': 'The disk is full: free some space, or choose another download folder in Settings.',
    'errkind.bad_media': 'The download is not the expected media: retry later; the link may have expired.',
    'errkind.not_live': 'This live room is not live right now.',
    'errkind.protocol': 'The live chat connection failed: retry later.',
    'error.generic': 'Something went wrong: {msg}', 'error.noBackend': 'The backend is not available: open this page from the desktop app.',
  },
};

let current = 'zh';

export function language() { return current; }

/** Whether a string exists for `key` (so callers can fall back to backend text). */
export function has(key) { return key in (STRINGS[current] || {}); }

export function t(key, vars = {}) {
  const table = STRINGS[current] || STRINGS.zh;
  const text = table[key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export function setLanguage(lang, root = document) {
  current = STRINGS[lang] ? lang : 'zh';
  root.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
}

/** The UI language to start with: saved choice, else the system's. */
export function initialLanguage(saved, navigatorLanguage) {
  if (saved === 'zh' || saved === 'en') return saved;
  return (navigatorLanguage || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
