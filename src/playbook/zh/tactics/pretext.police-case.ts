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
    { any: ['通缉令', '逮捕令', '冻结令', '涉嫌洗钱', '洗黑钱', '资金清查', '身份证被盗用', '配合调查', '配合我们的调查', '配合我们调查', '接受调查'] },
    // The call handed on to the "police" ("我把电话转接到当地公安局", "现在给你转接检察院").
    { all: [['转接', '转到', '接到'], ['公安局', '检察院', '法院', '警官', '刑侦', '经侦', '派出所']], within: 10, ordered: true },
    // Said to YOU with no office named ("您可能涉及一起刑事案件", "发现你涉嫌拐卖人口"): the accusation is the pretext.
    {
      all: [
        ['你涉嫌', '您涉嫌', '你涉及', '您涉及', '你可能涉及', '您可能涉及', '你与一起', '您与一起', '你名下', '您名下', '你的身份信息', '您的身份信息',
          '你的身份证', '您的身份证'],
        ['案', '洗钱', '犯罪', '违法', '通缉', '拐卖', '走私', '贩毒', '诈骗'],
      ],
      within: 16,
      ordered: true,
    },
  ],
  unless: ['新闻', '报道', '据悉', '判处', '犯罪嫌疑人已', '被抓获', '已被刑拘', '警情通报', '我报警', '我去派出所', '我报案', '去报案', '报了案', '已报案', '我已经报案', '我们去报案', '报案了', '派出所报案', '报警了', '挂了',
    // A court's or a police station's own notice about YOUR case or YOUR report (开庭审理, 调解, the
    // clerk or the judge in charge, 您报警的…案件已立案): no accusation, nothing to "cooperate" with
    // (session 5, issue 8 §4: one-message `scam` on real notices; our own notices in data/corpus/gen-
    // legit-sms2-zh). Not 纠纷 or 民事: "您涉及一起合同纠纷案件，请登录网站查看传票" is the fake court.
    '您报警的', '您报案的', '你报警的', '你报案的', '开庭审理', '书记员', '承办法官', '调解', '诉讼服务', '审判流程'],
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
      '您好！您可能涉及一起刑事案件，请配合我们的调查',
      '我们接到报案后发现你涉嫌拐卖人口，需要接受调查',
    ],
    negative: [
      '据警情通报，犯罪嫌疑人已被抓获',
      '我去派出所报案了，民警说会跟进',
      '新闻报道说公安破获了一起洗钱案',
      '明天去法院旁听，老师带队',
      '小区要做核酸，社区通知的',
      '我在派出所办身份证，排队好长',
      '这个电视剧讲的是刑警破案的故事',
      '【XX区人民法院】您有一起民事纠纷案件已立案，请于5日内联系承办法官，电话0571-87654321。',
      '【XX派出所】您报警的电动车被盗案件已立案，如有新线索请联系办案民警，电话0571-86001234。',
      '社区民警来家里登记了流动人口信息',
    ],
  },
});
