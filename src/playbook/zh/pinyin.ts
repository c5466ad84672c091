/**
 * Chinese typed in pinyin, as data an officer extends (issue 8 §1, newcomer kind 5: "nin hao wo shi
 * tao bao ke fu, gei nin tui kuan" was read by the English playbook and came out safe 0).
 *
 * The Chinese playbook reads a pinyin message through a dictionary built from its own terms: every
 * Han cue term and lexicon word, spelled by pinyin-pro (src/normalise/pinyin.ts), so a word added to
 * a tactic is read in pinyin too. This file adds what the terms alone do not give:
 *  - everyday words of one or two syllables that join the playbook's words into its phrases
 *    (我 是, 给 您, 请 把 … 告诉 我): a single syllable spells dozens of characters, so only these
 *    readings are taken, never a guess;
 *  - the reading that wins when two playbook words sound alike (转钱 / 赚钱, 加入 / 假如).
 * Keys are toneless syllables separated by one space, ü written v.
 *
 * Examples: [pinyin, Chinese]: the two must read alike (same tactics), run as tests
 * (test/playbook/faults/nc-pinyin.test.ts).
 */
export const ZH_PINYIN_WORDS: Record<string, string> = {
  // Pronouns, the copula and particles.
  'wo': '我', 'ni': '你', 'nin': '您', 'ta': '他', 'wo men': '我们', 'ni men': '你们', 'shi': '是', 'de': '的', 'le': '了',
  'ma': '吗', 'ba': '把', 'ne': '呢', 'a': '啊', 'zhe': '这', 'na': '那', 'zhe ge': '这个', 'na ge': '那个', 'ge': '个',
  'yi xia': '一下', 'yi ge': '一个', 'hao': '好', 'ni hao': '你好', 'nin hao': '您好', 'xie xie': '谢谢',
  // Verbs and prepositions that join a request: give, ask, tell, to, at, with, need, help.
  'gei': '给', 'qing': '请', 'gao su': '告诉', 'bang': '帮', 'bang nin': '帮您', 'bang ni': '帮你', 'yao': '要', 'xu yao': '需要',
  'zai': '在', 'gen': '跟', 'he': '和', 'you': '有', 'mei you': '没有', 'bu': '不', 'jiu': '就', 'dou': '都', 'xian': '先',
  'fa': '发', 'fa gei': '发给', 'shuo': '说', 'kan': '看', 'dian': '点', 'jia': '加', 'shu ru': '输入', 'ti gong': '提供',
  'dao': '到', 'zhuan': '转', 'zhuan dao': '转到', 'zhuan qian': '转钱', 'jia ru': '加入', 'deng lu': '登录', 'jie chu': '解除',
  'qian': '钱', 'ka': '卡', 'ma ma': '妈妈', 'ba ba': '爸爸',
  // The story's nouns that are one syllable or often said apart.
  'ding dan': '订单', 'bao guo': '包裹', 'kuai di': '快递', 'shang pin': '商品', 'hui yuan': '会员', 'zhang hu': '账户', 'zhang hao': '账号',
  'yin hang ka': '银行卡', 'yin hang ka hao': '银行卡号', 'yan zheng ma': '验证码', 'mi ma': '密码', 'shen fen zheng': '身份证',
  'wei xin': '微信', 'zhi fu bao': '支付宝', 'tao bao': '淘宝', 'jing dong': '京东', 'pin duo duo': '拼多多', 'dou yin': '抖音', 'kuai shou': '快手',
  'ke fu': '客服', 'tui kuan': '退款', 'li pei': '理赔', 'pei chang': '赔偿', 'zhi liang': '质量', 'wen ti': '问题', 'zhi liang wen ti': '质量问题',
};

export const ZH_PINYIN_EXAMPLES: Array<[string, string]> = [
  ['nin hao wo shi tao bao ke fu, gei nin tui kuan, qing ba yan zheng ma gao su wo', '您好我是淘宝客服,给您退款,请把验证码告诉我'],
  ['nin hao, wo shi jing dong ke fu, nin de ding dan you zhi liang wen ti, gei nin tui kuan', '您好,我是京东客服,您的订单有质量问题,给您退款'],
  ['ni de bao guo diu le, gei ni li pei, jia wo wei xin', '你的包裹丢了,给你理赔,加我微信'],
];
