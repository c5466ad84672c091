import { defineFrame } from '../../schema.ts';

/**
 * The speaker borrows from the listener and says when it comes back (nc12-fp, kind L2): "先帮我垫一下水电费，
 * 晚上还你", "师傅要先付2000定金，你先帮我转一下…回头给你", "这个月先借我3000，我下个月还你". Family and
 * friends ask each other for money every day; the promise to pay back is how they ask. Weight 0, a frame the
 * score reads (src/playbook/family-loan.ts, src/score/score.ts familyLoanReading): in ONE message where
 * nothing else fired but the plain ask and the "I cannot pay myself" story, those two weigh nothing.
 *
 * What makes the same words the fake relative's or the hacked friend's (`unless`, in its sentence, and the
 * rule's breakers anywhere): who they claim to be (换号了, 同学的手机, 我是你…), a stranger's account (这个账户,
 * 卡号, 户名, 对方, 收款码), an emergency (手术, 车祸, 被抓), secrecy, a link or a code. Examples our own.
 */
export default defineFrame({
  id: 'contact.family-loan',
  description: {
    zh: '向您借钱或请您先垫付，并说好什么时候还：家人朋友之间的日常借垫',
    en: 'Borrows from you or asks you to pay first, and says when it will be paid back: everyday lending between family and friends',
  },
  cues: [
    {
      all: [
        // Family or a close friend addressed by kin name, as the message opens ("姐，", "老公，"): who writes is known
        // to the reader, and says so by how they call them, not by "我是…".
        [
          '妈，', '妈妈，', '老妈，', '爸，', '爸爸，', '老爸，', '老公，', '老婆，', '媳妇，', '姐，', '姐姐，', '哥，', '哥哥，', '弟，', '弟弟，',
          '妹，', '妹妹，', '闺女，', '儿子，', '女儿，', '舅舅，', '舅妈，', '姑姑，', '阿姨，', '表姐，', '表哥，', '表妹，', '表弟，', '闺蜜，',
          '婆婆，', '奶奶，', '爷爷，', '姥姥，', '外婆，',
          // A familiar name (小 + surname), as family and friends call each other.
          ...['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'].map((s) => `小${s}，`),
        ],
        // The promise to pay back, with when.
        [
          '晚上还你', '明天还你', '月底还你', '下个月还你', '下月还你', '周末还你', '回头还你', '回来还你', '回家还你', '到时候还你', '发工资还你',
          '过两天还你', '过几天还你', '晚点还你', '下午还你', '马上还你', '改天还你', '就还你', '再还你', '我还你',
          '回头给你', '回头给您', '晚上给你', '明天给你', '月底给你', '回来给你', '回家给你', '晚点给你', '回头转你', '回头转给你', '明天转你',
          '晚上转你', '再转给你', '回头再给你', '发工资给你', '回头还您', '明天还您', '月底还您',
        ],
      ],
      within: 60,
      ordered: true,
    },
  ],
  unless: [
    // Paid back already: a report, not an ask.
    '已经还', '还你了', '还给你了', '还您了',
    // Who they claim to be: the fake relative's and the hacked account's opening.
    '换号', '新号', '换的号', '新换', '新手机号', '新微信', '换了微信', '这个号', '同学的手机', '朋友的手机', '别人的手机', '手机丢', '手机坏', '手机掉', '手机被', '猜猜',
    '我是', '是我', '听不出', '别告诉', '不要告诉', '先别告诉', '别跟', '保密', '大家都知道', '更换', '手机卡',
    // Far away and stuck, or a boss's errand: the impostor's own stories.
    '回国', '国外', '海外', '机票', '领导', '礼金', '微信号', '邮箱', '客服',
    // The boss who cannot talk: busy, and a company's money.
    '开会', '不方便', '老板', '公司', '合同', '客户',
    // A trader stuck away from home ("我在外地进货，供应商只收现金转账": the fake acquaintance, writer8).
    '外地', '进货', '供应商', '货款',
    // A stranger's account, a code or a link.
    '这个账户', '这个账号', '这张卡', '这个卡', '卡号', '账号', '户名', '对方', '收款码', '二维码', '指定', '同学的卡', '朋友的卡', '他的卡',
    '她的卡', '医院', '链接', '验证码', 'qq',
    // An emergency: the relative-in-trouble script.
    '手术', '车祸', '住院', '出事', '被抓', '派出所', '拘留', '保释', '罚款', '撞了', '撞到',
  ],
  examples: {
    positive: [
      '姐，先帮我垫一下这个月的燃气费，晚上还你',
      '哥，这个月先借我2000，我下个月还你',
      '妈，装修师傅要先付定金，你先帮我转一下，回头给你',
      '老婆，我支付宝限额了，你先帮我付一下物业费，晚点给你',
      '哥，周末请客的钱你先垫上，发工资给你',
    ],
    negative: [
      '我手机丢了，用同学的手机发的，先转2000给我，明天还你',
      '帮我转五千到这个账户，明天还你',
      '我出车祸了在医院，急需手术费，先借我，回头还你',
      '上次借你的钱已经还你了',
      '这件事先别告诉爸妈，你先借我3000，下个月还你',
      '妈，我明天回家吃饭',
    ],
  },
});
