import { defineTactic } from '../../schema.ts';

/**
 * Fake customs / immigration (冒充海关、出入境管理局): "your passport / parcel is held at customs,
 * it contained contraband, you are suspected of smuggling". The opening of the fake-authority chain
 * (then 按1转人工, a fake police officer, a "safe account"). Real customs never phones about a
 * passport; an international parcel's 清关 is asked for in the courier's app. Weight 25 (a story);
 * with a robocall key, a transfer to "police", a link, a number to call or any request, a composite.
 */
export default defineTactic({
  id: 'pretext.customs-hold',
  stage: 'pretext',
  description: {
    zh: '冒充海关、出入境管理局，说您的护照或包裹被扣、涉嫌走私或夹带违禁品',
    en: 'Poses as customs or immigration: your passport or parcel is held, you are suspected of smuggling or contraband',
  },
  weight: 25,
  cues: [
    {
      all: [
        ['海关', '出入境', '移民局', '边检', '边防', '国际包裹', '境外包裹', '国际快递'],
        ['扣押', '被扣', '扣留', '查扣', '截获', '走私', '违禁', '非法携带', '夹带', '涉嫌', '护照异常', '签证异常', '限制出境', '禁止出境', '护照被'],
      ],
      within: 24,
    },
  ],
  unless: ['清关进度', '请在app', '打击走私', '缉私局通报', '新闻', '报道'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer'],
  examples: {
    positive: [
      '这里是出入境管理局，您的护照在海关被扣押',
      '您有一个国际包裹被海关查扣，里面夹带违禁品',
      '海关通知：您涉嫌走私，护照已被限制出境',
      '您寄往境外的包裹被海关截获，涉嫌非法携带物品',
      '您的签证异常，出入境系统显示禁止出境',
    ],
    negative: [
      '海关总署开展打击走私专项行动',
      '您的国际包裹已清关，请在APP查看清关进度',
      '我下周去出入境办护照',
      '出入境管理局通知：办证大厅周六照常开放',
      '谨防冒充海关的诈骗电话',
    ],
  },
});
