import { defineTactic } from '../../schema.ts';

/**
 * The robocall key press (按1转人工): a recorded "notice" that puts you through to a "live agent" who
 * is the scammer. Weak alone (an IVR menu says 按1 too), so weight 10; with a story (customs, 医保,
 * a parcel) the composites read it.
 */
export default defineTactic({
  id: 'shift.robocall-key',
  stage: 'shift',
  description: {
    zh: '语音通知让您“按1转人工”：接通的“人工”就是骗子',
    en: 'A recorded notice says "press 1 for an agent": the "agent" is the scammer',
  },
  weight: 10,
  cues: [
    {
      all: [
        ['按1', '按0', '按9', '按2', '按一', '按零', '按九', '按星号', '按#'],
        ['转人工', '人工服务', '人工客服', '了解详情', '查询详情', '咨询详情', '进行核实', '处理'],
      ],
      within: 8,
      ordered: true,
    },
  ],
  unless: ['普通话服务', '英语服务', '满意请按', '评价'],
  guards: ['warning'],
  advice: ['police-never-by-phone'],
  examples: {
    positive: [
      '请按1转人工',
      '详情请按9了解详情',
      '如有疑问请按0转人工服务',
      '按1进行核实',
      '请按一转人工客服',
    ],
    negative: [
      '普通话服务请按1',
      '满意请按1，不满意请按2',
      '我按了半天门铃没人开',
      '请按时缴费',
      '按1号线换乘',
    ],
  },
});
