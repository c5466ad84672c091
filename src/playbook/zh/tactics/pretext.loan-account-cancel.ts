import { defineTactic } from '../../schema.ts';

/**
 * The "cancel your student-loan account / lower your rate" script run by fake platform and
 * regulator desks: the account or credit line is said to break a rule or to cost too much
 * interest, and must be closed or adjusted "or your credit record suffers".
 */
export default defineTactic({
  id: 'pretext.loan-account-cancel',
  stage: 'pretext',
  description: {
    zh: '谎称您有校园贷、学生账户或利率违规的借贷额度，要帮您注销账户、调低利率，否则影响征信',
    en: 'Claims you hold a student-loan account or a credit line with illegal interest that must be closed or re-rated, or your credit record suffers',
  },
  weight: 20,
  cues: [
    { any: ['校园贷', '学生贷', '学生账户'] },
    {
      all: [
        ['学生身份', '学生时期', '大学期间', '上学期间', '在校期间', '学生状态', '大学生账号', '学生账号'],
        ['贷', '借', '账户', '账号', '额度', '注销', '征信', '更改', '变更', '解绑', '成年'],
      ],
      within: 30,
    },
    {
      all: [
        ['利率', '利息', '年化'],
        ['过高', '太高', '偏高', '超标', '超出', '超过', '违规', '不合规', '调整', '调低', '降低', '下调'],
      ],
      within: 12,
    },
    {
      all: [
        // Closing a credit line, whatever the verb ("清零所有的贷款额度", "关停").
        ['注销', '关闭', '清空', '解除', '清零', '关停', '清退', '清除'],
        ['账户', '账号', '额度', '金条', '白条', '借呗', '微粒贷', '贷款'],
        ['征信', '国家规定', '国家要求', '监管', '不合规', '违规', '否则', '不然', '合规', '新要求', '国家政策', '个人信用', '信用记录', '不清零', '如果不',
          // The threat in other words ("不注销影响买房贷款").
          '不注销', '不关闭', '影响买房', '影响贷款', '影响以后'],
      ],
      within: 30,
    },
    {
      all: [
        ['注销', '取消', '关闭'],
        ['影响征信', '影响您的征信', '影响个人征信', '影响您个人的征信', '征信记录', '征信状况', '征信报告', '上征信'],
      ],
      within: 24,
    },
  ],
  // (cue below) "需要申请注销，否则会影响您的征信记录"
  unless: [
    '我想', '我要', '我申请', '在app', 'app内', 'app里', '按时还款', '应还', '账单', '贷款市场报价利率', '存款利率', '房贷利率', '房贷还款', '房贷已', '房贷客户', 'lpr', '无需办理', '不影响', '不会影响',
    // Public rate news in a property or bank advert ("央行降息，贷款利率下调，买房好时机"): nobody's account is named.
    // Not 买房 alone: the script's own threat is "不清零会影响您以后买房买车贷款" (own call line w2ts-0003, cs8).
    '央行', '降息', '基准利率', '购房', '月供', '买房好时机', '买房正当时', '置业', '房源', '楼盘',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'no-loan', 'no-transfer'],
  examples: {
    positive: [
      '您在大学期间开通过校园贷账户，现在国家要求全部注销',
      '系统显示您的账户还是学生身份，需要我们帮您更改',
      '您金条的利率过高，不符合国家规定，我们帮您调低',
      '您的白条额度要注销，否则会影响个人征信',
      '我们要把您借呗的年化利息下调到合规水平',
      '您之前注册的学生账户没有关闭，会影响您以后的征信',
      '学生额度要注销，不注销影响买房贷款',
      '按照监管要求，需要注销您名下违规的贷款账户',
      '您在校期间的借贷记录需要清空，不然以后办不了信用卡',
      '这个额度您不用的话要取消，不处理会影响您个人的征信状况',
      '根据国家对借贷利率的新要求，我们需暂时关闭您的金条服务以确保合规',
      '为了保障征信不受影响，请您立即清零所有的贷款额度',
      '我们发现您目前的身份是学生状态，但其实您可以将其更改为成年状态',
      '因为您当时是学生身份啊 那现在国家监管要求把学生的这个借贷账户全部清零 如果不清零的话会影响您以后买房买车贷款',
    ],
    negative: [
      '我想注销我的京东账号，在APP里怎么操作',
      '本月一年期贷款市场报价利率保持不变',
      '存款利率又下调了，放银行不划算',
      '房贷利率下调以后，月供少了两百',
      '女儿大学期间一直在图书馆勤工俭学',
      '您的白条本期应还860元，请按时还款',
      '银行存款利息太低，不如买国债',
      '学生证丢了要去教务处补办',
      '注销信用卡不会影响征信，放心',
      '贷款基准利率今日起下调，现在是最佳购房时机',
      '我是置业顾问小张，利率的下调正是买房好时机！特惠房源等你来',
      '尊敬的房贷客户，LPR下调后您的贷款利率将于明年1月1日自动调整，无需办理任何手续',
    ],
  },
});
