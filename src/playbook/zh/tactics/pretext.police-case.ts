import { defineTactic } from '../../schema.ts';

/** The fake police / prosecutor / health-authority script: you are implicated in a case. */
export default defineTactic({
  id: 'pretext.police-case',
  stage: 'pretext',
  description: {
    zh: '自称公安、检察院、法院或疾控人员，说您涉嫌洗钱、案件或被通缉，要您配合调查',
    en: 'Claims to be police, a prosecutor, a court or a health authority: you are implicated in a case and must cooperate',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['公安局', '派出所', '警官', '民警', '警察', '刑警', '检察院', '法院', '疾控中心', '防疫', '卫健委', '公安', '警方', '公安机关', '经侦', '刑侦',
          '网警', '检察官', '法官'],
        ['涉嫌', '涉案', '案件', '通缉', '逮捕', '洗钱', '犯罪', '配合调查', '配合我们的调查', '隔离', '被盗用', '冒用', '传唤', '违法', '非法集资',
          '非法使用', '举报称'],
      ],
      within: 40,
    },
    { any: ['通缉令', '逮捕令', '冻结令', '涉嫌洗钱', '洗黑钱', '资金清查', '身份证被盗用', '配合调查'] },
  ],
  unless: ['新闻', '报道', '据悉', '判处', '犯罪嫌疑人已', '被抓获', '已被刑拘', '警情通报', '我报警', '我去派出所', '报案'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer', 'tell-family'],
  examples: {
    positive: [
      '我是市公安局的民警，您的身份证涉嫌一起洗钱案件',
      '这里是检察院，你名下的银行卡涉案，需要配合调查',
      '我是刑警大队的陈警官，你已经被通缉了',
      '警方接到举报称您涉嫌一起电信诈骗案，请配合调查',
      '您好，我是疾控中心的，您去过高风险地区，需要隔离调查',
      '你的身份证被盗用了，有人用它开卡洗黑钱',
      '我们会把通缉令发到你的QQ上',
      '法院这边显示你有一起案件需要传唤',
      '警察同志说我涉嫌犯罪，要我配合他们的调查',
    ],
    negative: [
      '据警情通报，犯罪嫌疑人已被抓获',
      '我去派出所报案了，民警说会跟进',
      '新闻报道说公安破获了一起洗钱案',
      '明天去法院旁听，老师带队',
      '小区要做核酸，社区通知的',
      '我在派出所办身份证，排队好长',
      '这个电视剧讲的是刑警破案的故事',
      '社区民警来家里登记了流动人口信息',
    ],
  },
});
