import { defineTactic } from '../../schema.ts';

/**
 * The call "put through to the police" (帮您转接到警方/公安局): the fake-authority chain hands you from
 * a fake bureau to a fake officer. No bureau, bank or courier transfers a call to the police; the
 * real police are reached on 110. Weight 30; with a fake-authority story the composite makes it a scam.
 */
export default defineTactic({
  id: 'shift.transfer-to-police',
  stage: 'shift',
  description: {
    zh: '说帮您把电话转接到警方、公安局、检察院：真机构不会转接警察，这是冒充公检法的下一步',
    en: 'Offers to put your call through to the police or a prosecutor: no real office does; it is the fake-police step',
  },
  weight: 30,
  cues: [
    {
      all: [
        ['转接', '转到', '转给', '连线', '接通'],
        ['警方', '公安', '警察', '警官', '派出所', '刑侦', '网警', '检察院', '法院', '经侦'],
      ],
      within: 8,
      ordered: true,
    },
  ],
  unless: ['拨打110', '自己报警', '不会转接', '路口', '大学'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer'],
  examples: {
    positive: [
      '我帮你转接到警方',
      '现在给您转接公安局刑侦大队',
      '我把电话转给办案警官',
      '稍等，为您连线检察院',
      '您的情况我们转到网警处理',
    ],
    negative: [
      '有疑问请自己拨打110',
      '帮您转接人工客服',
      '我把文件转给法务了',
      '公安机关不会转接电话办案',
      '我转到公安局那个路口了吗',
    ],
  },
});
