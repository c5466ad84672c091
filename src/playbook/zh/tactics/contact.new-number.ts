import { defineTactic } from '../../schema.ts';

/**
 * The impostor's new-number opener (newcomer10 kind 2): "my phone fell in the water, this is a
 * classmate's number", "my phone broke, this is my new number", "I'm on a friend's phone". A relative
 * or a friend who really writes from a borrowed phone says so too, so the opener alone adds little
 * (weight 10); what makes it the fake-relative scam is money asked on that number (composite
 * new-number-plus-money): call the old number, or someone beside them, before sending anything.
 * The English playbook's contact.new-number is the same tactic.
 */
export default defineTactic({
  id: 'contact.new-number',
  stage: 'contact',
  description: {
    zh: '说手机丢了、坏了、掉水里，这是同学、朋友的号或新号：冒充亲友借钱的开场白',
    en: 'Says their phone was lost or broken and this is a friend\'s or a new number: the fake relative\'s opener',
  },
  weight: 10,
  cues: [
    // The old phone gone × the number written from.
    {
      all: [
        ['手机掉了', '手机丢了', '手机坏了', '手机被偷', '手机掉水里', '手机掉进水里', '手机进水', '手机摔坏', '手机摔了', '手机没电', '手机被没收',
          '手机停机', '手机卡坏', '原来的号', '以前的号', '旧号', '原来那个号', '之前的号', '手机屏碎', '手机屏幕碎'],
        ['的号', '新号', '的手机', '这个号', '号码', '借的', '微信号', '的电话'],
      ],
      within: 20,
    },
    {
      any: [
        '这是同学的号', '这是朋友的号', '这是同事的号', '这是室友的号', '这是我同学的', '这是我朋友的', '这是我室友的', '这是我同事的',
        '用同学的号', '用朋友的号', '用同事的号', '用室友的号', '用别人的号', '借同学的手机', '借朋友的手机', '借别人的手机', '借同事的手机',
        '这是我的新号', '这是我新号', '这是新号', '我换号了', '换了个新号', '存一下这个新号', '旧号不用了', '原来的号不用了',
        // A teacher's, a landlord's or a boss's number "just changed", written in the third person or to a group (newcomer11
        // kind 7: "…请扫描下方二维码缴费，老师的号刚换了，加这个新号").
        '号刚换了', '号换了',
        // The one who collects on a new number ("我是王老师的新号码", "班主任张老师，用的新号", "驾校教练，换了号"; recall12 kind 3).
        '老师的新号', '老师新号', '班主任的新号', '教练的新号', '房东的新号', '用的新号', '换了号', '这是新号码', '换号了', '换新号了', '加这个新号', '加我新号', '加一下新号', '新号码是', '新微信号', '微信号换了', '微信换了',
        // The "boss" on a new account ("我是王总，换了个微信", "小陈，我这个是新号"; newcomer12 kind S1).
        '换了个微信', '换了个新微信', '换了个号', '这个是新号', '这个是我的新号', '这是我的新微信', '这是我新微信', '我的新微信',
      ],
    },
  ],
  // The LISTENER's own phone in the speaker's hand (ncfp17 kind J: "姐，我用你的手机给我自己转五百块钱，我手机没电了，回家还你现金"
  // read `scam` 75, "你的手机" taken as the number written from): said in person, beside them; no new number wrote anything.
  unless: ['骗子', '冒充', '假冒', '诈骗', '警惕', '提醒',
    '用你的手机', '用您的手机', '借你的手机', '借您的手机', '拿你的手机', '拿您的手机', '用你手机', '借你手机', '拿你手机', '你手机借我',
    '你的手机借我', '您的手机借我', '用一下你的手机', '用一下您的手机', '用下你的手机'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'tell-family'],
  examples: {
    positive: [
      '妈，我手机掉厕所里坏了，这是室友的号',
      '爸我手机被偷了，用同学的号给你发的',
      '是我，原来的号不用了，存一下这个新号',
      '哥，我手机摔坏了，这是我朋友的手机',
      '舅舅，我手机丢了，这是我同事的号，先存一下',
      '各位家长，老师的号刚换了，请加这个新号',
    ],
    negative: [
      '我手机坏了，明天去修',
      '他的手机号码换了，你存一下',
      '骗子常说手机丢了这是新号，要提防',
      '你手机号码多少，我加你微信',
      '手机丢了记得先挂失手机卡',
      '姐，我用你的手机给我自己转五百块钱，我手机没电了，回家还你现金',
    ],
  },
});
