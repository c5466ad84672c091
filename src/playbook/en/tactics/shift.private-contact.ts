import { defineTactic } from '../../schema.ts';

const MOVE = [
  'add me on', 'add me at', 'text me on', 'message me on', 'msg me on', 'chat on', 'chat with me on', 'reach me on',
  'contact me on', 'talk on', 'continue on', 'continue our chat on', 'move to', 'switch to', 'message our agent on',
  'contact our agent on', 'add our', 'add my', 'text me back on', 'reply on', 'download', 'join',
  // A recruiter's "HR" on a private app (session 11): "contact our HR on WhatsApp", "message our HR manager on Telegram".
  'contact our', 'message our', 'text our', 'reach our', 'hr on', 'hr team on', 'hr manager on', 'recruiter on',
  'hiring manager on', 'hr department on',
];
const APPS = ['whatsapp', 'telegram', 'signal', 'wechat', 'viber', 'kik', 'line app', 'google chat', 'hangouts', 'session app', 'threema'];

export default defineTactic({
  id: 'shift.private-contact',
  stage: 'shift',
  description: {
    zh: '要您改到 WhatsApp、Telegram、Signal 等私人聊天软件上继续联系',
    en: 'Moves the conversation to WhatsApp, Telegram, Signal or another private chat app',
  },
  // Low: friends do say "text me on WhatsApp". It matters with a new number, a job or a money story.
  weight: 15,
  cues: [
    { all: [MOVE, APPS], within: 25, ordered: true },
    { any: ['my whatsapp is', 'my whatsapp number', 'my telegram is', 'telegram handle', 'whatsapp me', 'telegram me'] },
  ],
  unless: ['family group', 'class group', 'the group chat', 'school group'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'verify-known-contact'],
  examples: {
    positive: [
      'Please add me on WhatsApp so we can start the training today.',
      'Can you text me back on WhatsApp? I can’t get texts on this phone.',
      'Let’s continue on Telegram, this app is not safe for business.',
      'My WhatsApp is +44 7700 900123, message me there.',
      'Download Telegram and contact our agent to receive your reward.',
    ],
    negative: [
      'Can you add me to the family group chat on WhatsApp?',
      'I don’t use WhatsApp any more, just call me.',
      'Never move a conversation with a stranger to WhatsApp or Telegram.',
      'The school group posted the trip times.',
      'Signal strength is bad in the kitchen.',
    ],
  },
});
