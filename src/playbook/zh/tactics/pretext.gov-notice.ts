import { defineTactic } from '../../schema.ts';

/**
 * A claimed office with a problem that needs you to act (政务钓鱼, issue 8 §1.8): traffic police, the
 * ETC, 12123, medical insurance, social security, pensions, tax, the property registry or the
 * e-government portal says your licence, card or benefit is stopped, expiring, fined or frozen.
 * Real offices send such notices too (sent to their own app or office): the story alone is weight
 * 20 (watch). With a link off the official domains, a number to call, a transfer or a private chat
 * the composites make it a scam (src/playbook/zh/composites-other.ts); official links are dropped
 * before any cue sees them (src/pipeline/step.ts).
 */
export default defineTactic({
  id: 'pretext.gov-notice',
  stage: 'pretext',
  description: {
    zh: '自称交警、车管所、ETC、医保、社保、税务、不动产等部门，说您的证件、账户或待遇被停用、注销、冻结、清零或要罚款',
    en: 'Claims to be traffic police, vehicle office, ETC, medical insurance, social security, tax or property registry, saying your licence, account or benefit is stopped, cancelled, frozen, zeroed or fined',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['交警', '车管所', 'etc', '12123', '医保', '社保', '养老金', '养老保险', '个人所得税', '个税', '不动产', '房产证', '驾驶证', '行驶证', '政务服务', '实名认证',
          '电子社保卡', '燃气卡', '电表', '年检', '违章',
          // Taiwan's, Hong Kong's and Macau's offices, read after 繁→简 (nc13-recall R3: "【健保署】您的健保卡即將停用…",
          // "【監理站】您有一筆交通罰單未繳", "【運輸署】閣下的車輛牌照費尚未繳付", "【ETC遠通】您的eTag餘額不足並有欠費").
          '健保', '监理站', '监理所', '运输署', '牌照费', '综合所得税', '国税局', 'etag', '远通'],
        ['停用', '注销', '冻结', '清零', '过期', '罚款', '扣分', '扣12分', '停发', '未认证', '需更新', '补审', '补报', '补缴', '暂停使用', '失效', '违章记录', '即将清零',
          '重新认证', '年审', '拿不到', '需更换', '未处理', 'expired', '罚单', '罚锾', '尚未缴付'],
      ],
      within: 30,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '冒充', '官方app', '12123app', '交管12123', '营业厅', '窗口', '办事大厅', '国家政务服务平台app', '个人所得税app', '医保app', '网上国网'],
  guards: ['warning'],
  advice: ['verify-independently', 'check-domain'],
  examples: {
    positive: [
      '【车管所】您的驾驶证因未年审即将注销',
      '【医保局】您的医保账户余额即将清零',
      '您的ETC设备信息过期，已被停用',
      '【社保中心】您的养老金资格未认证，下月停发',
      '您的车辆有违章记录未处理，将扣12分',
    ],
    negative: [
      '请通过交管12123APP查询违章记录',
      '医保报销请到办事大厅窗口办理',
      '我的驾驶证下个月到期，得去换证',
      '警惕冒充医保局的诈骗短信',
      '今天去车管所办了年检',
    ],
  },
});
