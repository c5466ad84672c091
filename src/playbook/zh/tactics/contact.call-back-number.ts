import { defineTactic } from '../../schema.ts';

/**
 * "Call this number to verify" (请致电 0755-… 核实): the SMS half of the fake-authority scam hands you
 * the scammer's line. Every real notice gives a number too, so weight 0; only the composites with
 * a fake-authority story read it. A published service number (12333, 95598, 10086, 110…) is no
 * line of theirs: the cue's `notOfficial` drops it (which numbers are published is the number
 * checker's data, src/checks/data/official-numbers.ts, service-numbers.ts).
 */
export default defineTactic({
  id: 'contact.call-back-number',
  stage: 'contact',
  description: {
    zh: '让您打对方给的电话“核实”“处理”',
    en: 'Tells you to call the number they give to "verify" or "sort it out"',
  },
  weight: 0,
  role: 'component',
  cues: [
    { entity: 'phone', near: ['致电', '拨打', '回电', '来电咨询', '联系', '咨询', '核实', '处理'], within: 12, notOfficial: true },
  ],
  guards: ['warning'],
  advice: ['police-never-by-phone'],
  examples: {
    positive: [
      '请致电 0755-28340011 核实',
      '详情拨打 020-83456721 处理',
      '请尽快回电 13800138000',
      '如有疑问请联系 021-66778899',
      '请速致电 0371-65432100 咨询',
    ],
    negative: [
      '如有疑问请致电12333',
      '请拨打12393咨询医保政策',
      '请致电95598',
      '如需帮助请拨打10086咨询',
      '请拨打96110核实',
      '有事打我电话',
      '核实无误后办理',
    ],
  },
});
