/**
 * Speaker labels of a pasted transcript (`客服：…`, `Customer: …`): which side of the conversation
 * each label names. Data, both languages, so a label seen in a new transcript source is one line
 * here (matched whole, case-insensitive, inner spaces collapsed: "Customer Service" = "customer service").
 *
 * `caller` is the counterpart who contacted the user (in the refund scam: the fake agent); `user`
 * is the person being protected. A label that could be either side ("Officer": a scammer posing as
 * police, or a real officer's 劝阻 call; "Speaker 1") is left out: such lines stay plain text.
 * Sources: the labels of the transcripts and scam-dialogue sets fanzha reads (caller/agent/scammer,
 * customer/receiver/victim, 客服/来电方/客户), and call-centre usage (坐席 = the agent's seat).
 */
import type { Speaker } from '../types.ts';

export const SPEAKER_LABELS: Readonly<Record<Exclude<Speaker, 'unknown'>, { en: readonly string[]; zh: readonly string[] }>> = {
  caller: {
    en: [
      'caller', 'agent', 'scammer', 'fraudster', 'suspect', 'a', 'left', 'representative', 'rep', 'support',
      'customer service', 'customer support', 'service agent', 'support agent', 'operator', 'sender',
    ],
    zh: [
      '对方', '客服', '来电', '来电方', '来电者', '来电人', '呼叫方', '主叫', '主叫方', '骗子', '嫌疑人', '诈骗者', '陌生人',
      '发送方', '发信人', '坐席', '客服人员', '客服专员', '售后',
    ],
  },
  user: {
    en: ['user', 'me', 'b', 'victim', 'right', 'customer', 'receiver', 'recipient', 'callee', 'client', 'target', 'innocent'],
    zh: [
      '我', '用户', '本人', '市民', '受害人', '受害者', '事主', '客户', '顾客', '买家', '接听方', '接听者', '接听人', '被叫',
      '被叫方', '收信人',
    ],
  },
};

/**
 * Labels of a meeting's or a recording's voices (`发言人1：`, `主持人：`, `Speaker 2:`): neither side, so
 * the line's speaker is `unknown`, and the label itself is the turn's `voice` (how many people talk is
 * a meeting's form, src/pipeline/conversation-kind.ts). A label may end in a number or one letter
 * (发言人1, 嘉宾A, Speaker 12). Source: the labels of ASR meeting transcripts (anti-fraud-sft's real
 * meetings use 发言人N; 通义听悟/飞书妙记 use 发言人N and 说话人N).
 */
export const VOICE_LABELS: Readonly<{ en: readonly string[]; zh: readonly string[] }> = {
  en: ['speaker', 'host', 'moderator', 'participant', 'guest', 'chair', 'presenter'],
  zh: ['发言人', '说话人', '主持人', '主讲人', '与会者', '参会人', '嘉宾', '专家', '记录人', '讲者'],
};

const VOICE_KEYS = new Set([...VOICE_LABELS.en, ...VOICE_LABELS.zh].map((l) => labelKey(l)));
/** A voice label's suffix: digits (at most 3) or one letter, with an optional space before it. */
const VOICE_SUFFIX = /\s?(?:\d{1,3}|[a-z])$/i;

/** The longest label, in characters: the parser reads no further for one (a voice label plus its suffix). */
export const MAX_LABEL = Math.max(
  ...Object.values(SPEAKER_LABELS).flatMap((l) => [...l.en, ...l.zh]).map((s) => s.length),
  ...[...VOICE_LABELS.en, ...VOICE_LABELS.zh].map((s) => s.length + 4),
);

const BY_LABEL = new Map<string, Speaker>();
for (const [speaker, labels] of Object.entries(SPEAKER_LABELS) as [Speaker, { en: readonly string[]; zh: readonly string[] }][]) {
  for (const label of [...labels.en, ...labels.zh]) {
    const key = labelKey(label);
    const prev = BY_LABEL.get(key);
    if (prev !== undefined && prev !== speaker) throw new Error(`speaker label "${label}" names both sides`);
    BY_LABEL.set(key, speaker);
  }
}

function labelKey(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The side a label names, or null when it is no speaker label. */
export function speakerOfLabel(label: string): Speaker | null {
  return BY_LABEL.get(labelKey(label)) ?? null;
}

/** The label as a meeting's voice (`发言人1`, `Speaker 2`), or null when it is none. */
export function voiceOfLabel(label: string): string | null {
  const key = labelKey(label);
  if (VOICE_KEYS.has(key)) return key;
  const bare = key.replace(VOICE_SUFFIX, '');
  return bare !== key && VOICE_KEYS.has(bare) ? key : null;
}

/**
 * Words in a chat account's name that make it the counterpart's, a shop's, a platform's or a line's
 * service account (`XX旗舰店客服`, `中国移动在线客服`, `XX银行`, `Barclays Support`): a chat export's
 * header names the account, not a side (src/engine/chat-export.ts). A citizen's own account is named
 * as a person's (王芳, 妈妈) or 我. Substrings, case-insensitive: a name holding one is the service side.
 */
export const SERVICE_NAME_CUES: Readonly<{ en: readonly string[]; zh: readonly string[] }> = {
  en: ['support', 'service', 'customer care', 'help desk', 'helpdesk', 'official', 'bank'],
  zh: ['客服', '售后', '官方', '旗舰店', '专营店', '专卖店', '银行', '营业厅', '中国移动', '中国联通', '中国电信', '理赔', '客户服务', '服务中心', '公安', '警官', '派单', '平台'],
};
const SERVICE_CUES = [...SERVICE_NAME_CUES.en, ...SERVICE_NAME_CUES.zh];

/** A chat account's name that is a service's (see SERVICE_NAME_CUES). Bounded: names are at most 32 characters. */
export function serviceName(name: string): boolean {
  const key = name.toLowerCase();
  return SERVICE_CUES.some((c) => key.includes(c));
}
