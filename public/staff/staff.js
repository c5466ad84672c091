// The anti-fraud centre's console (/staff): Preact + htm from /vendor, no build, no HTML strings.
// Everything a scammer or a citizen wrote (transcripts, notes, indicators, bulletin drafts) is
// rendered as text nodes by Preact; nothing here ever sets innerHTML. The session is an HttpOnly
// cookie; every state-changing request carries the CSRF token the sign-in returned.
import { html, render, useState, useEffect, useRef, useCallback } from '/vendor/preact-htm.mjs';

// ---------------------------------------------------------------- strings (zh first, en switch)
const STR = {
  zh: {
    title: '反诈中心工作台', signIn: '登录', signOut: '退出', key: 'API 密钥', user: '用户名', password: '密码',
    withKey: '用密钥登录', withPassword: '用账号密码登录', queue: '预警队列', cases: '案件', indicators: '涉诈线索', reviews: '复核',
    stats: '统计', bulletins: '预警通报', live: '实时', newAlerts: '条新预警', total: '共', items: '条', loadMore: '加载更多',
    level: '级别', status: '状态', platform: '冒充平台', stage: '阶段', channel: '渠道', age: '时间', assignee: '处置人', sla: '时限',
    all: '全部', search: '按号码、网址、账号搜索', overdue: '已超时', overdueOnly: '只看超时', due: '剩余', minutes: '分钟', met: '按时', missed: '超时',
    none: '无', back: '← 返回', claim: '认领', claimed: '已认领', transcript: '对话记录（已脱敏）', evidence: '证据', component: '组合证据，不单独计分', componentTip: '与其他手法同时出现才构成组合判定', followups: '劝阻记录',
    contact: '联系记录', means: '方式', result: '结果', note: '备注', save: '保存', record: '记录', outcome: '处置结果', amount: '金额（元）',
    paidHow: '付款方式', paidAt: '付款时间', duplicateOf: '重复的预警编号', openCase: '立案', case: '案件', confirm: '确认', dismiss: '排除',
    confirmed: '已确认', dismissed: '已排除', candidate: '待确认', firstSeen: '首次出现', lastSeen: '最近出现', sightings: '出现次数',
    exportCsv: '导出 CSV', addIndicator: '添加线索', kind: '类型', value: '值', loss: '损失', recovered: '追回', stopPayment: '已申请止付',
    narrative: '案情（自动脱敏）', tactics: '手法路径', reopen: '重新打开', reason: '原因', assign: '指派给', error: '出错了',
    source: '来源', expect: '应判为', accept: '采纳', reject: '驳回', reportMissed: '报告漏报', text: '文本', pending: '待复核',
    accepted: '已采纳', rejected: '已驳回', from: '从', to: '到', byDay: '按天', byWeek: '按周', draft: '起草通报', publish: '发布',
    published: '已发布', drafts: '草稿', preview: '预览', violations: '不符合发布规则', open: '打开', alerts: '预警数', stopped: '已劝阻',
    lost: '被骗', lostAmount: '损失金额', slaRate: '按时联系率', demo: '演示数据', escalated: '已上报主管', refused: '操作被拒绝',
    caseRef: '案件编号', createdAt: '创建时间', titleField: '标题', period: '时段', count: '数量', noItems: '暂无',
    transcriptEmpty: '未保存对话原文', signedInAs: '当前用户', saved: '已保存', expires: '登录有效期至', tactic: '手法', addNote: '添加备注', overdueOpen: '超时未联系', users: '用户', createUser: '创建用户', role: '角色', confirmInCase: '线索要在案件中确认：先立案，再在案件页确认。', pickCases: '选用的案例（可不选：自动选取本期损失最大的案件）',
  },
  en: {
    title: 'Anti-fraud centre console', signIn: 'Sign in', signOut: 'Sign out', key: 'API key', user: 'User name', password: 'Password',
    withKey: 'Sign in with a key', withPassword: 'Sign in with user and password', queue: 'Alert queue', cases: 'Cases', indicators: 'Indicators',
    reviews: 'Reviews', stats: 'Statistics', bulletins: 'Bulletins', live: 'live', newAlerts: 'new alerts', total: 'Total', items: '',
    loadMore: 'Load more', level: 'Level', status: 'Status', platform: 'Platform', stage: 'Stage', channel: 'Channel', age: 'Age',
    assignee: 'Assignee', sla: 'SLA', all: 'All', search: 'Search a number, domain or account', overdue: 'overdue', overdueOnly: 'Overdue only',
    due: 'left', minutes: 'min', met: 'met', missed: 'missed', none: 'none', back: '← Back', claim: 'Claim', claimed: 'Claimed',
    transcript: 'Transcript (masked)', evidence: 'Evidence', component: 'in combination, no points alone', componentTip: 'counts only together with other tactics, in a combination', followups: 'Follow-up log', contact: 'Contact attempt', means: 'Means',
    result: 'Result', note: 'Note', save: 'Save', record: 'Record', outcome: 'Outcome', amount: 'Amount (yuan)', paidHow: 'Paid how',
    paidAt: 'Paid at', duplicateOf: 'Duplicate of alert id', openCase: 'Open a case', case: 'Case', confirm: 'Confirm', dismiss: 'Dismiss',
    confirmed: 'confirmed', dismissed: 'dismissed', candidate: 'candidate', firstSeen: 'First seen', lastSeen: 'Last seen', sightings: 'Seen',
    exportCsv: 'Export CSV', addIndicator: 'Add indicator', kind: 'Kind', value: 'Value', loss: 'Loss', recovered: 'Recovered',
    stopPayment: 'Stop-payment requested', narrative: 'Narrative (masked)', tactics: 'Tactic path', reopen: 'Reopen', reason: 'Reason',
    assign: 'Assign to', error: 'Error', source: 'Source', expect: 'Should be', accept: 'Accept', reject: 'Reject', reportMissed: 'Report a missed scam',
    text: 'Text', pending: 'pending', accepted: 'accepted', rejected: 'rejected', from: 'From', to: 'To', byDay: 'By day', byWeek: 'By week',
    draft: 'Draft a bulletin', publish: 'Publish', published: 'published', drafts: 'drafts', preview: 'Preview', violations: 'Breaks the publishing rule',
    open: 'Open', alerts: 'Alerts', stopped: 'Stopped', lost: 'Lost', lostAmount: 'Amount lost', slaRate: 'Contacted in time', demo: 'demo',
    escalated: 'escalated', refused: 'Refused', caseRef: 'Case', createdAt: 'Created', titleField: 'Title', period: 'Period', count: 'Count',
    noItems: 'Nothing yet', transcriptEmpty: 'No transcript kept', signedInAs: 'Signed in as', saved: 'Saved', expires: 'Signed in until', tactic: 'Tactic', addNote: 'Add a note', overdueOpen: 'Overdue, not contacted', users: 'Users', createUser: 'Create user', role: 'Role', confirmInCase: 'Indicators are confirmed in a case: open one, then confirm them there.', pickCases: 'Cases to tell (optional: default the period\'s largest losses)',
  },
};
const LABELS = {
  zh: {
    level: { warn: '警示', block: '紧急' },
    status: { new: '新预警', acknowledged: '已认领', 'following-up': '劝阻中', closed: '已办结' },
    stage: { contact: '冒充接触', pretext: '编造借口', shift: '转移渠道', extraction: '索取钱款/信息', cover: '掩盖施压' },
    outcome: { stopped: '已劝阻', lost: '已被骗', 'unreachable-for-now': '暂时联系不上', unreachable: '确实联系不上', 'false-alarm': '误报', duplicate: '重复预警', open: '处置中', closed: '已办结' },
    channel: { call: '电话', sms: '短信', chat: '聊天', text: '文本', other: '其他' },
    means: { phone: '电话', sms: '短信', visit: '上门', app: '应用推送', other: '其他' },
    result: { reached: '已联系上', 'no-answer': '无人接听', busy: '占线', refused: '拒接', 'wrong-number': '号码错误' },
    paidHow: { 'bank-transfer': '银行转账', 'qr-scan': '扫码支付', loan: '贷款后转账', 'card-details': '填写卡号密码', 'code-given': '提供验证码', other: '其他' },
    kind: { phone: '电话号码', domain: '网址域名', account: '收款账户', qq: 'QQ号', wechat: '微信号', group: 'QQ/微信群', app: '诱导安装的软件' },
    action: { claim: '认领', assign: '指派', contact: '联系', outcome: '处置结果', reopen: '重新打开', note: '备注', escalate: '超时上报主管' },
    source: { 'citizen-feedback': '群众反馈“这不是诈骗”', 'citizen-missed': '群众反馈漏报', 'false-alarm': '民警处置为误报', 'missed-scam': '民警报告漏报' },
    expect: { safe: '不是诈骗', scam: '是诈骗' },
  },
  en: {
    level: { warn: 'warn', block: 'block' },
    status: { new: 'new', acknowledged: 'claimed', 'following-up': 'following up', closed: 'closed' },
    stage: { contact: 'contact', pretext: 'pretext', shift: 'channel shift', extraction: 'extraction', cover: 'cover-up' },
    outcome: { stopped: 'stopped', lost: 'lost money', 'unreachable-for-now': 'not reached yet', unreachable: 'unreachable', 'false-alarm': 'false alarm', duplicate: 'duplicate', open: 'open', closed: 'closed' },
    channel: { call: 'call', sms: 'SMS', chat: 'chat', text: 'text', other: 'other' },
    means: { phone: 'phone', sms: 'SMS', visit: 'visit', app: 'app push', other: 'other' },
    result: { reached: 'reached', 'no-answer': 'no answer', busy: 'busy', refused: 'refused', 'wrong-number': 'wrong number' },
    paidHow: { 'bank-transfer': 'bank transfer', 'qr-scan': 'QR scan', loan: 'loan then transfer', 'card-details': 'card details', 'code-given': 'gave a code', other: 'other' },
    kind: { phone: 'phone', domain: 'domain', account: 'account', qq: 'QQ', wechat: 'WeChat', group: 'group', app: 'app' },
    action: { claim: 'claim', assign: 'assign', contact: 'contact', outcome: 'outcome', reopen: 'reopen', note: 'note', escalate: 'escalated (overdue)' },
    source: { 'citizen-feedback': 'citizen: not a scam', 'citizen-missed': 'citizen: missed scam', 'false-alarm': 'officer: false alarm', 'missed-scam': 'officer: missed scam' },
    expect: { safe: 'not a scam', scam: 'a scam' },
  },
};

let LANG = localStorage.getItem('fz-console-lang') === 'en' ? 'en' : 'zh';
const t = (k) => STR[LANG][k] ?? k;
const label = (group, k) => (k == null ? '—' : LABELS[LANG][group]?.[k] ?? k);

// ---------------------------------------------------------------- API
let CSRF = null;
/** Called when the sign-in has expired or was revoked: back to the sign-in form. */
let onSignedOut = () => {};
class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}
async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && CSRF) headers['x-csrf-token'] = CSRF;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (res.status === 401 && path !== '/v1/staff/session') onSignedOut();
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? res.statusText);
  return data;
}
const qs = (o) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();

// ---------------------------------------------------------------- small helpers
function ago(iso) {
  if (!iso) return '—';
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (LANG === 'zh') return s < 60 ? '刚刚' : s < 3600 ? `${Math.floor(s / 60)}分钟前` : s < 86400 ? `${Math.floor(s / 3600)}小时前` : `${Math.floor(s / 86400)}天前`;
  return s < 60 ? 'just now' : s < 3600 ? `${Math.floor(s / 60)} min ago` : s < 86400 ? `${Math.floor(s / 3600)} h ago` : `${Math.floor(s / 86400)} d ago`;
}
const when = (iso) => (iso ? new Date(iso).toLocaleString(LANG === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }) : '—');
const money = (n) => (n == null ? '—' : `${Number(n).toLocaleString('zh-CN')} 元`);

function useHash() {
  const [hash, setHash] = useState(location.hash || '#/queue');
  useEffect(() => {
    const on = () => setHash(location.hash || '#/queue');
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function useLoad(fn, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    fn().then((data) => setState({ data, error: null, loading: false }), (error) => setState({ data: null, error, loading: false }));
  }, deps);
  useEffect(reload, [reload]);
  return [state, reload];
}

function ErrorLine({ error }) {
  if (!error) return null;
  return html`<p class="error" role="alert">${error.status === 409 || error.status === 403 ? t('refused') : t('error')}: ${error.message}</p>`;
}

function Badge({ kind, value, group }) {
  return html`<span class=${`badge ${kind}-${value}`}>${label(group ?? kind, value)}</span>`;
}

function SlaCell({ a }) {
  if (a.sla.overdue) return html`<span class="sla overdue" data-testid="overdue">${t('overdue')} ${-a.sla.minutesLeft} ${t('minutes')}</span>`;
  if (a.sla.met === true) return html`<span class="sla met">${t('met')}</span>`;
  if (a.sla.met === false) return html`<span class="sla missed">${t('missed')}</span>`;
  if (a.status === 'closed') return html`<span class="sla">—</span>`;
  return html`<span class="sla due">${t('due')} ${a.sla.minutesLeft} ${t('minutes')}</span>`;
}

// ---------------------------------------------------------------- sign-in
function SignIn({ onIn }) {
  const [mode, setMode] = useState('key');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const body = mode === 'key' ? { key: String(f.get('key') ?? '').trim() } : { user: String(f.get('user') ?? '').trim(), password: String(f.get('password') ?? '') };
      const s = await api('POST', '/v1/staff/session', body);
      CSRF = s.csrf;
      onIn(s);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`<main class="signin">
    <h1>${t('title')}</h1>
    <div class="tabs" role="tablist">
      <button type="button" role="tab" aria-selected=${mode === 'key'} class=${mode === 'key' ? 'on' : ''} onClick=${() => setMode('key')}>${t('withKey')}</button>
      <button type="button" role="tab" aria-selected=${mode === 'password'} class=${mode === 'password' ? 'on' : ''} onClick=${() => setMode('password')}>${t('withPassword')}</button>
    </div>
    <form id="signin" onSubmit=${submit}>
      ${mode === 'key'
        ? html`<label>${t('key')}<input name="key" id="key" type="password" autocomplete="off" required /></label>`
        : html`<label>${t('user')}<input name="user" id="user" autocomplete="username" required /></label>
               <label>${t('password')}<input name="password" id="password" type="password" autocomplete="current-password" required /></label>`}
      <button type="submit" class="primary" disabled=${busy}>${t('signIn')}</button>
    </form>
    <${ErrorLine} error=${error} />
  </main>`;
}

// ---------------------------------------------------------------- the queue
function Queue({ me }) {
  const [filters, setFilters] = useState({ level: '', status: '', platform: '', indicator: '', overdue: '', hours: '' });
  const [rows, setRows] = useState([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState(null);
  const [error, setError] = useState(null);
  const [fresh, setFresh] = useState(0);
  const [live, setLive] = useState(false);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const load = useCallback(async (more) => {
    try {
      const { hours, ...f } = filtersRef.current;
      const since = hours ? new Date(Date.now() - Number(hours) * 3_600_000).toISOString() : undefined;
      const r = await api('GET', `/v1/queue?${qs({ ...f, since, limit: 50, cursor: more ? cursor : undefined })}`);
      setRows((old) => (more ? [...old, ...r.alerts] : r.alerts));
      setTotal(r.total);
      setCursor(r.nextCursor);
      setError(null);
    } catch (err) { setError(err); }
  }, [cursor]);

  useEffect(() => { load(false); }, [filters]);
  useEffect(() => {
    const es = new EventSource('/v1/alerts/stream', { withCredentials: true });
    es.onopen = () => setLive(true);
    es.onerror = () => setLive(false);
    const refresh = () => load(false);
    es.addEventListener('alert', () => { setFresh((n) => n + 1); refresh(); });
    es.addEventListener('update', refresh);
    es.addEventListener('escalation', refresh);
    return () => es.close();
  }, []);

  const set = (k) => (e) => setFilters({ ...filtersRef.current, [k]: e.currentTarget.type === 'checkbox' ? (e.currentTarget.checked ? 'true' : '') : e.currentTarget.value });
  return html`<section class="queue">
    <div class="toolbar">
      <h2>${t('queue')} <span class="live ${live ? 'on' : ''}" data-testid="live">● ${t('live')}</span>
        ${fresh > 0 ? html`<span class="fresh" data-testid="fresh">+${fresh} ${t('newAlerts')}</span>` : null}</h2>
      <span class="total" data-testid="total">${t('total')} ${total} ${t('items')}</span>
    </div>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setFilters({ ...filtersRef.current, indicator: new FormData(e.currentTarget).get('indicator') ?? '' }); }}>
      <select aria-label=${t('level')} onChange=${set('level')} value=${filters.level}>
        <option value="">${t('level')}: ${t('all')}</option><option value="block">${label('level', 'block')}</option><option value="warn">${label('level', 'warn')}</option>
      </select>
      <select aria-label=${t('status')} onChange=${set('status')} value=${filters.status}>
        <option value="">${t('status')}: ${t('all')}</option>
        ${['new', 'acknowledged', 'following-up', 'closed'].map((s) => html`<option value=${s}>${label('status', s)}</option>`)}
      </select>
      <select aria-label=${t('age')} onChange=${set('hours')} value=${filters.hours}>
        <option value="">${t('age')}: ${t('all')}</option>
        ${[['1', LANG === 'zh' ? '近1小时' : 'last hour'], ['24', LANG === 'zh' ? '近24小时' : 'last 24 h'], ['168', LANG === 'zh' ? '近7天' : 'last 7 days']].map(([v, n]) => html`<option value=${v}>${n}</option>`)}
      </select>
      <input aria-label=${t('platform')} placeholder=${t('platform')} onChange=${set('platform')} value=${filters.platform} class="short" />
      <input name="indicator" aria-label=${t('search')} placeholder=${t('search')} class="search" />
      <label class="check"><input type="checkbox" onChange=${set('overdue')} checked=${filters.overdue === 'true'} /> ${t('overdueOnly')}</label>
    </form>
    <${ErrorLine} error=${error} />
    <ol class="alerts" data-testid="alerts">
      ${rows.length === 0 ? html`<li class="empty">${t('noItems')}</li>` : null}
      ${rows.map((a) => html`<li class=${`alert ${a.sla.overdue ? 'is-overdue' : ''} ${a.status}`} key=${a.id}>
        <a href=${`#/alert/${a.id}`} data-id=${a.id}>
          <span class="c-level"><${Badge} kind="level" value=${a.level} /></span>
          <span class="c-stage">${label('stage', a.stage)}${a.kind ? html`<small class="c-kind" data-testid="kind">${kindName(a.kind)}</small>` : null}</span>
          <span class="c-platform">${a.platform ?? '—'}</span>
          <span class="c-channel">${label('channel', a.channel)}</span>
          <span class="c-age" title=${when(a.createdAt)}>${ago(a.createdAt)}</span>
          <span class="c-status"><${Badge} kind="status" value=${a.status} />${a.outcome ? html` <${Badge} kind="outcome" value=${a.outcome} />` : null}</span>
          <span class="c-assignee">${a.assignee ?? '—'}</span>
          <span class="c-sla"><${SlaCell} a=${a} />${a.escalatedAt ? html` <span class="badge escalated">${t('escalated')}</span>` : null}</span>
          ${a.demo ? html`<span class="badge demo">${t('demo')}</span>` : null}
        </a>
      </li>`)}
    </ol>
    ${cursor ? html`<button type="button" onClick=${() => load(true)}>${t('loadMore')}</button>` : null}
  </section>`;
}

// ---------------------------------------------------------------- one alert

/** The alert's scam kind in the console's language (the name from src/playbook/scam-kinds.ts, as the citizen and the bank read it). */
const kindName = (k) => (LANG === 'zh' ? k.zh : k.en);

// A tactic's points: a component (role 'component', weight 0) scores nothing alone and is shown as
// what it is, evidence of a combination (the CLI's 组合证据), never as "+0"; a negative weight keeps its sign.
function Points({ h }) {
  if (h.component || h.weight === 0) return html`<span class="w comp" title=${t('componentTip')}>${t('component')}</span>`;
  return html`<span class="w">${h.weight > 0 ? `+${h.weight}` : `−${-h.weight}`}</span>`;
}

function AlertDetail({ id, me }) {
  const [{ data: a, error }, reload] = useLoad(() => api('GET', `/v1/queue/${id}`), [id]);
  const [actError, setActError] = useState(null);
  const [outcome, setOutcome] = useState('stopped');
  const [users, setUsers] = useState([]);
  useEffect(() => {
    if (me.role === 'supervisor' || me.role === 'admin') api('GET', '/v1/staff/users').then((r) => setUsers(r.users), () => setUsers([]));
  }, [me.role]);
  const act = async (body) => {
    setActError(null);
    try { await api('POST', `/v1/alerts/${id}/followups`, body); reload(); } catch (err) { setActError(err); }
  };
  const onForm = (build) => (e) => { e.preventDefault(); const f = new FormData(e.currentTarget); act(build(f)); e.currentTarget.reset?.(); };
  const openCase = async () => {
    setActError(null);
    try { const c = await api('POST', '/v1/cases', { alertId: id }); location.hash = `#/case/${c.id}`; } catch (err) { setActError(err); }
  };
  if (error) return html`<${ErrorLine} error=${error} />`;
  if (!a) return html`<p class="loading">…</p>`;
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  const closed = a.status === 'closed';
  return html`<section class="detail" data-testid="alert-detail">
    <p><a href="#/queue">${t('back')}</a></p>
    <header class="detail-head">
      <h2><${Badge} kind="level" value=${a.level} /> ${a.kind ? html`<span data-testid="kind">${kindName(a.kind)}</span> · ` : null}${a.platform ?? '—'} · ${label('channel', a.channel)} · ${label('stage', a.stage)}</h2>
      <p class="meta">${when(a.createdAt)} · ${t('status')}: <span data-testid="status">${label('status', a.status)}</span>
        ${a.outcome ? html` · ${t('outcome')}: <span data-testid="outcome">${label('outcome', a.outcome)}</span>` : null}
        · ${t('assignee')}: ${a.assignee ?? '—'} · ${t('sla')}: <${SlaCell} a=${a} />
        ${a.case ? html` · ${t('case')}: <a href=${`#/case/${a.case.id}`}>${a.case.ref}</a>` : null}
        ${a.demo ? html` <span class="badge demo">${t('demo')}</span>` : null}</p>
    </header>
    <${ErrorLine} error=${actError} />
    <div class="cols">
      <div class="col-main">
        <h3>${t('transcript')}</h3>
        ${a.transcript.length === 0 ? html`<p class="muted">${t('transcriptEmpty')}</p>` : null}
        <ol class="transcript" data-testid="transcript">
          ${a.transcript.map((x) => html`<li class=${`turn ${x.speaker}`}><span class="who">${x.speaker === 'caller' ? (LANG === 'zh' ? '对方' : 'caller') : x.speaker === 'user' ? (LANG === 'zh' ? '群众' : 'citizen') : '?'}</span><span class="said">${x.text ?? '—'}</span></li>`)}
        </ol>
        <h3>${t('evidence')}</h3>
        <ul class="evidence">
          ${(a.evidence ?? []).map((h) => html`<li data-testid="evidence-item"><code>${h.id}</code> <${Points} h=${h} /> ${h.description}
            ${h.detail ? html`<div class="muted">${h.detail}</div>` : null}
            ${(h.evidence ?? []).filter((e) => e.text).map((e) => html`<q>${e.text}</q> `)}</li>`)}
        </ul>
        <h3>${t('indicators')}</h3>
        ${!a.case && a.indicators.length ? html`<p class="muted">${t('confirmInCase')}</p>` : null}
        <${IndicatorTable} rows=${a.indicators} caseId=${a.case?.id} onChange=${reload} />
      </div>
      <aside class="col-side">
        <div class="actions">
          ${!closed && a.assignee !== me.principal ? html`<button type="button" class="primary" id="claim" onClick=${() => act({ action: 'claim' })}>${t('claim')}</button>` : null}
          ${supervisor && !closed ? html`<form class="row" onSubmit=${onForm((f) => ({ action: 'assign', assignee: String(f.get('assignee')) }))}>
            <input name="assignee" placeholder=${t('assign')} required list="staff-users" />
            <datalist id="staff-users">${users.map((u) => html`<option value=${`user:${u.name}`}>${u.name} (${u.role})</option>`)}</datalist>
            <button type="submit">${t('assign')}</button></form>` : null}
          ${!closed ? html`<form class="box" id="contact-form" onSubmit=${onForm((f) => ({ action: 'contact', means: f.get('means'), result: f.get('result'), ...(f.get('note') ? { note: String(f.get('note')) } : {}) }))}>
            <h4>${t('contact')}</h4>
            <label>${t('means')}<select name="means">${Object.keys(LABELS.zh.means).map((m) => html`<option value=${m}>${label('means', m)}</option>`)}</select></label>
            <label>${t('result')}<select name="result" id="contact-result">${Object.keys(LABELS.zh.result).map((m) => html`<option value=${m}>${label('result', m)}</option>`)}</select></label>
            <label>${t('note')}<textarea name="note" rows="2" maxlength="4000"></textarea></label>
            <button type="submit" id="record-contact">${t('record')}</button>
          </form>` : null}
          ${!closed ? html`<form class="box" id="outcome-form" onSubmit=${onForm((f) => {
            const o = String(f.get('outcome'));
            const body = { action: 'outcome', outcome: o };
            if (o === 'lost') Object.assign(body, { amount: Number(f.get('amount')), paidHow: f.get('paidHow'), paidAt: new Date(String(f.get('paidAt'))).toISOString() });
            if (o === 'duplicate') body.duplicateOf = String(f.get('duplicateOf')).trim();
            if (f.get('note')) body.note = String(f.get('note'));
            return body;
          })}>
            <h4>${t('outcome')}</h4>
            <select name="outcome" id="outcome" value=${outcome} onChange=${(e) => setOutcome(e.currentTarget.value)}>
              ${['stopped', 'lost', 'unreachable-for-now', 'unreachable', 'false-alarm', 'duplicate'].map((o) => html`<option value=${o}>${label('outcome', o)}</option>`)}
            </select>
            ${outcome === 'lost' ? html`<label>${t('amount')}<input name="amount" type="number" min="1" step="0.01" required /></label>
              <label>${t('paidHow')}<select name="paidHow">${Object.keys(LABELS.zh.paidHow).map((m) => html`<option value=${m}>${label('paidHow', m)}</option>`)}</select></label>
              <label>${t('paidAt')}<input name="paidAt" type="datetime-local" required /></label>` : null}
            ${outcome === 'duplicate' ? html`<label>${t('duplicateOf')}<input name="duplicateOf" required /></label>` : null}
            <label>${t('note')}<textarea name="note" id="outcome-note" rows="2" maxlength="4000"></textarea></label>
            <button type="submit" class="primary" id="record-outcome">${t('record')}</button>
          </form>` : null}
          ${closed && supervisor ? html`<form class="box" onSubmit=${onForm((f) => ({ action: 'reopen', reason: String(f.get('reason')) }))}>
            <label>${t('reason')}<input name="reason" required /></label><button type="submit">${t('reopen')}</button></form>` : null}
          <form class="row" id="note-form" onSubmit=${onForm((f) => ({ action: 'note', note: String(f.get('note')) }))}>
            <input name="note" placeholder=${t('note')} required maxlength="4000" /><button type="submit">${t('addNote')}</button></form>
          ${!a.case ? html`<button type="button" id="open-case" onClick=${openCase}>${t('openCase')}</button>` : null}
        </div>
        <h3>${t('followups')}</h3>
        <ol class="log" data-testid="followups">
          ${a.followups.map((f) => html`<li><span class="when">${when(f.at)}</span> <b>${label('action', f.action)}</b>
            ${f.detail?.result ? html` · ${label('result', f.detail.result)}` : null}${f.detail?.means ? html` (${label('means', f.detail.means)})` : null}
            ${f.detail?.outcome ? html` · ${label('outcome', f.detail.outcome)}` : null}${f.detail?.amount ? html` · ${money(f.detail.amount)}` : null}
            <span class="muted"> — ${f.actor}</span>${f.note ? html`<div class="note">${f.note}</div>` : null}</li>`)}
        </ol>
      </aside>
    </div>
  </section>`;
}

// ---------------------------------------------------------------- indicators
function IndicatorTable({ rows, caseId, onChange, showCase }) {
  const [error, setError] = useState(null);
  const decide = async (id, status) => {
    setError(null);
    try { await api('PATCH', `/v1/indicators/${id}`, { status, ...(status === 'confirmed' && caseId ? { caseId } : {}) }); onChange(); } catch (err) { setError(err); }
  };
  if (!rows || rows.length === 0) return html`<p class="muted">${t('noItems')}</p>`;
  return html`<div><${ErrorLine} error=${error} /><table class="table indicators" data-testid="indicators">
    <thead><tr><th>${t('kind')}</th><th>${t('value')}</th><th>${t('status')}</th><th>${t('sightings')}</th><th>${t('lastSeen')}</th>${showCase ? html`<th>${t('case')}</th>` : null}<th></th></tr></thead>
    <tbody>${rows.map((r) => html`<tr key=${r.id} data-value=${r.value}>
      <td>${label('kind', r.kind)}</td><td class="mono">${r.value}</td>
      <td><span class=${`badge ind-${r.status}`}>${t(r.status)}</span></td><td>${r.sightings}</td><td>${ago(r.lastSeen)}</td>
      ${showCase ? html`<td>${r.caseRef ?? '—'}</td>` : null}
      <td class="btns">${r.status !== 'confirmed' && (caseId || r.caseId) ? html`<button type="button" class="confirm" onClick=${() => decide(r.id, 'confirmed')}>${t('confirm')}</button>` : null}
        ${r.status !== 'dismissed' ? html`<button type="button" onClick=${() => decide(r.id, 'dismissed')}>${t('dismiss')}</button>` : null}</td>
    </tr>`)}</tbody></table></div>`;
}

function Indicators() {
  const [f, setF] = useState({ kind: '', status: '', q: '' });
  const [{ data, error }, reload] = useLoad(() => api('GET', `/v1/indicators?${qs({ ...f, limit: 200 })}`), [f.kind, f.status, f.q]);
  return html`<section>
    <div class="toolbar"><h2>${t('indicators')}</h2>${data ? html`<span class="total">${t('total')} ${data.total} ${t('items')}</span>` : null}
      <a class="button" href=${`/v1/indicators.csv?${qs({ ...f, limit: 1000 })}`} download="indicators.csv">${t('exportCsv')}</a></div>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setF({ ...f, q: String(new FormData(e.currentTarget).get('q') ?? '') }); }}>
      <select aria-label=${t('kind')} value=${f.kind} onChange=${(e) => setF({ ...f, kind: e.currentTarget.value })}>
        <option value="">${t('kind')}: ${t('all')}</option>${Object.keys(LABELS.zh.kind).map((k) => html`<option value=${k}>${label('kind', k)}</option>`)}</select>
      <select aria-label=${t('status')} value=${f.status} onChange=${(e) => setF({ ...f, status: e.currentTarget.value })}>
        <option value="">${t('status')}: ${t('all')}</option>${['candidate', 'confirmed', 'dismissed'].map((k) => html`<option value=${k}>${t(k)}</option>`)}</select>
      <input name="q" placeholder=${t('search')} class="search" />
    </form>
    <${ErrorLine} error=${error} />
    ${data ? html`<${IndicatorTable} rows=${data.indicators} onChange=${reload} showCase=${true} />` : null}
  </section>`;
}

// ---------------------------------------------------------------- cases
function Cases() {
  const [{ data, error }] = useLoad(() => api('GET', '/v1/cases?limit=100'), []);
  return html`<section>
    <div class="toolbar"><h2>${t('cases')}</h2>${data ? html`<span class="total">${t('total')} ${data.total} ${t('items')}</span>` : null}</div>
    <${ErrorLine} error=${error} />
    ${data ? html`<table class="table cases"><thead><tr><th>${t('caseRef')}</th><th>${t('titleField')}</th><th>${t('platform')}</th><th>${t('loss')}</th><th>${t('stopPayment')}</th><th>${t('createdAt')}</th></tr></thead>
      <tbody>${data.cases.map((c) => html`<tr key=${c.id}><td><a href=${`#/case/${c.id}`}>${c.ref}</a>${c.demo ? html` <span class="badge demo">${t('demo')}</span>` : null}</td><td>${c.title}</td><td>${c.platform ?? '—'}</td>
        <td>${money(c.lossAmount)}</td><td>${c.stopPayment ? '✓' : '—'}</td><td>${when(c.createdAt)}</td></tr>`)}</tbody></table>` : null}
  </section>`;
}

function CaseDetail({ id }) {
  const [{ data: c, error }, reload] = useLoad(() => api('GET', `/v1/cases/${id}`), [id]);
  const [msg, setMsg] = useState(null);
  const [actError, setActError] = useState(null);
  if (error) return html`<${ErrorLine} error=${error} />`;
  if (!c) return html`<p class="loading">…</p>`;
  const save = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    try {
      await api('PATCH', `/v1/cases/${id}`, {
        lossAmount: Number(f.get('lossAmount') || 0), recoveredAmount: Number(f.get('recoveredAmount') || 0),
        stopPayment: f.get('stopPayment') === 'on', narrative: String(f.get('narrative') ?? ''),
      });
      setMsg(t('saved'));
      reload();
    } catch (err) { setActError(err); }
  };
  const add = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    const form = e.currentTarget;
    try { await api('POST', `/v1/cases/${id}/indicators`, { kind: f.get('kind'), value: String(f.get('value')) }); form.reset(); reload(); } catch (err) { setActError(err); }
  };
  return html`<section class="detail" data-testid="case-detail">
    <p><a href="#/cases">${t('back')}</a></p>
    <header class="detail-head"><h2><span data-testid="case-ref">${c.ref}</span> · ${c.title}</h2>
      <p class="meta">${label('channel', c.channel)} · ${c.platform ?? '—'} · ${when(c.createdAt)}${c.alertId ? html` · <a href=${`#/alert/${c.alertId}`}>${t('queue')}</a>` : null}
      ${c.demo ? html` <span class="badge demo">${t('demo')}</span>` : null}</p></header>
    <${ErrorLine} error=${actError} />
    <div class="cols">
      <div class="col-main">
        <h3>${t('tactics')}</h3>
        <ol class="path">${c.tactics.map((x) => html`<li><code>${x}</code></li>`)}</ol>
        <h3>${t('indicators')}</h3>
        <${IndicatorTable} rows=${c.indicators} caseId=${c.id} onChange=${reload} />
        <form class="row" onSubmit=${add}>
          <select name="kind">${Object.keys(LABELS.zh.kind).map((k) => html`<option value=${k}>${label('kind', k)}</option>`)}</select>
          <input name="value" placeholder=${t('value')} required /><button type="submit">${t('addIndicator')}</button>
        </form>
      </div>
      <aside class="col-side">
        <form class="box" onSubmit=${save}>
          <label>${t('loss')}<input name="lossAmount" type="number" min="0" step="0.01" value=${c.lossAmount} /></label>
          <label>${t('recovered')}<input name="recoveredAmount" type="number" min="0" step="0.01" value=${c.recoveredAmount} /></label>
          <label class="check"><input name="stopPayment" type="checkbox" checked=${c.stopPayment} /> ${t('stopPayment')}${c.stopPaymentAt ? ` (${when(c.stopPaymentAt)})` : ''}</label>
          <label>${t('narrative')}<textarea name="narrative" rows="6" maxlength="20000" value=${c.narrative ?? ''}></textarea></label>
          <button type="submit" class="primary">${t('save')}</button> ${msg ? html`<span class="ok">${msg}</span>` : null}
        </form>
      </aside>
    </div>
  </section>`;
}

// ---------------------------------------------------------------- reviews
function Reviews({ me }) {
  const [{ data, error }, reload] = useLoad(() => api('GET', '/v1/reviews?limit=200'), []);
  const [actError, setActError] = useState(null);
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  const decide = async (id, decision) => {
    setActError(null);
    try { await api('POST', `/v1/reviews/${id}/decision`, { decision }); reload(); } catch (err) { setActError(err); }
  };
  const report = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    const form = e.currentTarget;
    try { await api('POST', '/v1/reviews', { text: String(f.get('text')), ...(f.get('note') ? { note: String(f.get('note')) } : {}) }); form.reset(); reload(); } catch (err) { setActError(err); }
  };
  return html`<section>
    <div class="toolbar"><h2>${t('reviews')}</h2></div>
    <${ErrorLine} error=${error ?? actError} />
    <ul class="reviews">${(data?.reviews ?? []).map((r) => html`<li key=${r.id} class=${`review ${r.status}`}>
      <p class="meta">${label('source', r.source)} · ${t('expect')}: <b>${label('expect', r.expect)}</b> · ${when(r.createdAt)} · <span class=${`badge rv-${r.status}`}>${t(r.status)}</span></p>
      <pre class="text">${r.text}</pre>${r.note ? html`<p class="note">${r.note}</p>` : null}
      ${supervisor && r.status === 'pending' ? html`<p><button type="button" class="primary" onClick=${() => decide(r.id, 'accept')}>${t('accept')}</button>
        <button type="button" onClick=${() => decide(r.id, 'reject')}>${t('reject')}</button></p>` : null}
    </li>`)}</ul>
    <form class="box" onSubmit=${report}><h4>${t('reportMissed')}</h4>
      <label>${t('text')}<textarea name="text" rows="3" required maxlength="20000"></textarea></label>
      <label>${t('note')}<input name="note" maxlength="2000" /></label><button type="submit">${t('record')}</button></form>
  </section>`;
}

// ---------------------------------------------------------------- statistics
function Chart({ option, id }) {
  const ref = useRef(null);
  useEffect(() => {
    if (!ref.current || !globalThis.echarts) return undefined;
    const chart = globalThis.echarts.init(ref.current, null, { renderer: 'canvas' });
    chart.setOption(option);
    const onResize = () => chart.resize();
    addEventListener('resize', onResize);
    return () => { removeEventListener('resize', onResize); chart.dispose(); };
  }, [JSON.stringify(option)]);
  return html`<div class="chart" id=${id} ref=${ref}></div>`;
}

function CountTable({ name, rows, group, from, to, bucket }) {
  return html`<div class="count-table"><h4>${t(name)} <a href=${`/v1/stats.csv?${qs({ from, to, bucket, table: name })}`} download>${t('exportCsv')}</a></h4>
    <table class="table" data-testid=${`table-${name}`}><tbody>${rows.map((r) => html`<tr><td>${group ? label(group, r.key) : r.key}</td><td class="num">${r.count}</td></tr>`)}</tbody></table></div>`;
}

function Stats() {
  const [days, setDays] = useState(14);
  const [bucket, setBucket] = useState('day');
  const to = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString();
  const from = new Date(Date.parse(to) - days * 86_400_000).toISOString();
  const [{ data: s, error }] = useLoad(() => api('GET', `/v1/stats?${qs({ from, to, bucket })}`), [days, bucket]);
  const series = s?.series ?? [];
  const bars = {
    animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: series.map((p) => p.period.slice(5)) }, yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: label('level', 'block'), type: 'bar', stack: 'a', data: series.map((p) => p.block), color: '#c0392b' },
      { name: label('level', 'warn'), type: 'bar', stack: 'a', data: series.map((p) => p.warn), color: '#e67e22' },
      { name: t('stopped'), type: 'line', data: series.map((p) => p.stopped), color: '#27ae60' },
      { name: t('lost'), type: 'line', data: series.map((p) => p.lost), color: '#7f8c8d' },
    ],
  };
  const outcomes = {
    animation: false, tooltip: { trigger: 'item' }, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: (s?.tables.outcome ?? []).map((r) => ({ name: label('outcome', r.key), value: r.count })) }],
  };
  return html`<section class="stats">
    <div class="toolbar"><h2>${t('stats')}</h2>
      <select aria-label=${t('period')} value=${days} onChange=${(e) => setDays(Number(e.currentTarget.value))}>
        ${[7, 14, 30, 90].map((d) => html`<option value=${d}>${LANG === 'zh' ? `近${d}天` : `last ${d} days`}</option>`)}</select>
      <select aria-label=${t('period')} value=${bucket} onChange=${(e) => setBucket(e.currentTarget.value)}>
        <option value="day">${t('byDay')}</option><option value="week">${t('byWeek')}</option></select>
      <a class="button" href=${`/v1/stats.csv?${qs({ from, to, bucket, table: 'series' })}`} download>${t('exportCsv')}</a>
    </div>
    <${ErrorLine} error=${error} />
    ${s ? html`<div class="kpis" data-testid="kpis">
        <div><b data-testid="kpi-alerts">${s.totals.alerts}</b><span>${t('alerts')}</span></div>
        <div><b data-testid="kpi-stopped">${s.totals.stopped}</b><span>${t('stopped')}</span></div>
        <div><b data-testid="kpi-lost">${s.totals.lost}</b><span>${t('lost')}</span></div>
        <div><b>${money(s.totals.lostAmount)}</b><span>${t('lostAmount')}</span></div>
        <div><b>${s.totals.slaRate == null ? '—' : `${Math.round(s.totals.slaRate * 100)}%`}</b><span>${t('slaRate')}</span></div>
        <div class=${s.totals.overdueOpen > 0 ? 'kpi-bad' : ''}><b data-testid="kpi-overdue">${s.totals.overdueOpen}</b><span>${t('overdueOpen')}</span></div>
      </div>
      <div class="charts"><${Chart} id="chart-series" option=${bars} /><${Chart} id="chart-outcome" option=${outcomes} /></div>
      <div class="tables">
        <${CountTable} name="level" group="level" rows=${s.tables.level} from=${from} to=${to} bucket=${bucket} />
        <${CountTable} name="stage" group="stage" rows=${s.tables.stage} from=${from} to=${to} bucket=${bucket} />
        <${CountTable} name="outcome" group="outcome" rows=${s.tables.outcome} from=${from} to=${to} bucket=${bucket} />
        <${CountTable} name="platform" rows=${s.tables.platform} from=${from} to=${to} bucket=${bucket} />
        <${CountTable} name="channel" group="channel" rows=${s.tables.channel} from=${from} to=${to} bucket=${bucket} />
        <${CountTable} name="tactic" rows=${s.tables.tactic} from=${from} to=${to} bucket=${bucket} />
      </div>` : null}
  </section>`;
}

// ---------------------------------------------------------------- bulletins
function Blocks({ blocks }) {
  return html`<div class="blocks">${blocks.map((b) => {
    const inner = b.spans.map((s) => (s.bold ? html`<strong>${s.text}</strong>` : s.text));
    return b.type === 'h1' ? html`<h1>${inner}</h1>` : b.type === 'h2' ? html`<h2>${inner}</h2>` : html`<p>${inner}</p>`;
  })}</div>`;
}

function Bulletins({ me }) {
  const [{ data, error }] = useLoad(() => api('GET', '/v1/bulletins'), []);
  const [{ data: caseList }] = useLoad(() => api('GET', '/v1/cases?limit=50'), []);
  const [actError, setActError] = useState(null);
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  const today = new Date();
  const iso = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const draft = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    try {
      const from = new Date(`${f.get('from')}T00:00:00`).toISOString();
      const to = new Date(new Date(`${f.get('to')}T00:00:00`).getTime() + 86_400_000).toISOString();
      const caseIds = f.getAll('caseId').map(String);
      const b = await api('POST', '/v1/bulletins', { from, to, ...(caseIds.length ? { caseIds } : {}) });
      location.hash = `#/bulletin/${b.id}`;
    } catch (err) { setActError(err); }
  };
  return html`<section>
    <div class="toolbar"><h2>${t('bulletins')}</h2><a class="button" href="/bulletins" target="_blank" rel="noopener">/bulletins</a></div>
    <${ErrorLine} error=${error ?? actError} />
    ${supervisor ? html`<form class="row box" id="draft-form" onSubmit=${draft}>
      <label>${t('from')}<input type="date" name="from" value=${iso(new Date(today.getTime() - 7 * 86_400_000))} required /></label>
      <label>${t('to')}<input type="date" name="to" value=${iso(today)} required /></label>
      <button type="submit" class="primary" id="draft">${t('draft')}</button>
      ${caseList?.cases.length ? html`<fieldset class="case-pick"><legend>${t('pickCases')}</legend>
        ${caseList.cases.slice(0, 20).map((c) => html`<label class="check"><input type="checkbox" name="caseId" value=${c.id} /> ${c.ref} · ${c.platform ?? '—'} · ${money(c.lossAmount)}</label>`)}</fieldset>` : null}
      </form>` : null}
    <ul class="bulletin-list">${(data?.bulletins ?? []).map((b) => html`<li key=${b.id}><a href=${`#/bulletin/${b.id}`}>${b.title}</a>
      <span class=${`badge bl-${b.status}`}>${b.status === 'published' ? t('published') : t('drafts')}</span> <span class="muted">${when(b.updatedAt)}</span>
      ${b.url ? html` <a href=${b.url} target="_blank" rel="noopener">${b.url}</a>` : null}</li>`)}</ul>
  </section>`;
}

function BulletinEdit({ id, me }) {
  const [{ data: b, error }, reload] = useLoad(() => api('GET', `/v1/bulletins/${id}`), [id]);
  const [actError, setActError] = useState(null);
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  if (error) return html`<${ErrorLine} error=${error} />`;
  if (!b) return html`<p class="loading">…</p>`;
  const save = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    try { await api('PATCH', `/v1/bulletins/${id}`, { title: String(f.get('title')), markdown: String(f.get('markdown')) }); reload(); } catch (err) { setActError(err); }
  };
  const publish = async () => {
    setActError(null);
    try { await api('POST', `/v1/bulletins/${id}/publish`); reload(); } catch (err) { setActError(err); }
  };
  const editable = supervisor && b.status === 'draft';
  return html`<section class="detail" data-testid="bulletin-edit">
    <p><a href="#/bulletins">${t('back')}</a></p>
    <${ErrorLine} error=${actError} />
    ${b.violations.length ? html`<div class="error" data-testid="violations"><b>${t('violations')}:</b><ul>${b.violations.map((v) => html`<li>${v}</li>`)}</ul></div>` : null}
    ${b.url ? html`<p class="ok" data-testid="published">${t('published')}: <a href=${b.url} id="public-link" target="_blank" rel="noopener">${b.url}</a></p>` : null}
    <div class="cols">
      <div class="col-main">
        ${editable ? html`<form class="box" id="bulletin-form" onSubmit=${save}>
          <label>${t('titleField')}<input name="title" value=${b.title} maxlength="200" required /></label>
          <label>Markdown<textarea name="markdown" id="markdown" rows="18" maxlength="50000" value=${b.markdown}></textarea></label>
          <button type="submit" id="save-bulletin">${t('save')}</button>
          <button type="button" class="primary" id="publish" onClick=${publish} disabled=${b.violations.length > 0}>${t('publish')}</button>
        </form>` : null}
      </div>
      <aside class="col-side preview"><h3>${t('preview')}</h3><div data-testid="preview"><${Blocks} blocks=${b.blocks} /></div></aside>
    </div>
  </section>`;
}

// ---------------------------------------------------------------- users (supervisors create officers; admins any role)
function Users({ me }) {
  const [{ data, error }, reload] = useLoad(() => api('GET', '/v1/staff/users'), []);
  const [actError, setActError] = useState(null);
  const create = async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setActError(null);
    const form = e.currentTarget;
    try {
      await api('POST', '/v1/staff/users', { name: String(f.get('name')).trim(), role: f.get('role'), password: String(f.get('password')) });
      form.reset();
      reload();
    } catch (err) { setActError(err); }
  };
  return html`<section>
    <div class="toolbar"><h2>${t('users')}</h2></div>
    <${ErrorLine} error=${error ?? actError} />
    <table class="table"><thead><tr><th>${t('user')}</th><th>${t('role')}</th><th>${t('createdAt')}</th></tr></thead>
      <tbody>${(data?.users ?? []).map((u) => html`<tr key=${u.name}><td>${u.name}</td><td>${u.role}</td><td>${when(u.createdAt)}</td></tr>`)}</tbody></table>
    <form class="row box" onSubmit=${create}>
      <label>${t('user')}<input name="name" required pattern="[a-zA-Z0-9._-]{2,40}" /></label>
      <label>${t('role')}<select name="role"><option value="officer">officer</option>
        ${me.role === 'admin' ? html`<option value="supervisor">supervisor</option><option value="admin">admin</option>` : null}</select></label>
      <label>${t('password')}<input name="password" type="password" minlength="10" required autocomplete="new-password" /></label>
      <button type="submit">${t('createUser')}</button>
    </form>
  </section>`;
}

// ---------------------------------------------------------------- shell
function Shell({ me, onOut, onLang }) {
  const hash = useHash();
  const [, route, id] = /^#\/([a-z]+)(?:\/([0-9a-f-]+))?/.exec(hash) ?? [null, 'queue', null];
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  const nav = [['queue', t('queue')], ['cases', t('cases')], ['indicators', t('indicators')], ['reviews', t('reviews')],
    ...(supervisor ? [['stats', t('stats')]] : []), ['bulletins', t('bulletins')], ...(supervisor ? [['users', t('users')]] : [])];
  const active = { alert: 'queue', case: 'cases', bulletin: 'bulletins' }[route] ?? route;
  let view;
  switch (route) {
    case 'alert': view = html`<${AlertDetail} id=${id} me=${me} />`; break;
    case 'cases': view = html`<${Cases} />`; break;
    case 'case': view = html`<${CaseDetail} id=${id} />`; break;
    case 'indicators': view = html`<${Indicators} />`; break;
    case 'reviews': view = html`<${Reviews} me=${me} />`; break;
    case 'stats': view = html`<${Stats} />`; break;
    case 'bulletins': view = html`<${Bulletins} me=${me} />`; break;
    case 'bulletin': view = html`<${BulletinEdit} id=${id} me=${me} />`; break;
    case 'users': view = html`<${Users} me=${me} />`; break;
    default: view = html`<${Queue} me=${me} />`;
  }
  return html`<div class="shell">
    <header class="top">
      <a class="brand" href="#/queue">${t('title')}</a>
      <nav>${nav.map(([k, name]) => html`<a href=${`#/${k}`} class=${active === k ? 'on' : ''} id=${`nav-${k}`}>${name}</a>`)}</nav>
      <div class="me"><span title=${`${t('expires')} ${when(me.expiresAt)}`}>${me.principal} · ${me.role}</span>
        <button type="button" class="link" id="lang" onClick=${onLang}>${LANG === 'zh' ? 'English' : '中文'}</button>
        <button type="button" class="link" id="signout" onClick=${onOut}>${t('signOut')}</button></div>
    </header>
    <main class="content">${view}</main>
  </div>`;
}

function App() {
  const [me, setMe] = useState(undefined);
  const [, setLangTick] = useState(0);
  onSignedOut = () => { CSRF = null; setMe(null); };
  useEffect(() => {
    api('GET', '/v1/staff/session').then((s) => { CSRF = s.csrf; setMe(s); }, () => setMe(null));
  }, []);
  const onLang = () => {
    LANG = LANG === 'zh' ? 'en' : 'zh';
    localStorage.setItem('fz-console-lang', LANG);
    document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en';
    setLangTick((n) => n + 1);
  };
  const onOut = async () => {
    try { await api('DELETE', '/v1/staff/session'); } catch { /* signed out either way */ }
    CSRF = null;
    setMe(null);
  };
  if (me === undefined) return html`<p class="loading">…</p>`;
  if (me === null) return html`<${SignIn} onIn=${setMe} />`;
  return html`<${Shell} me=${me} onOut=${onOut} onLang=${onLang} />`;
}

document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en';
render(html`<${App} />`, document.getElementById('app'));
