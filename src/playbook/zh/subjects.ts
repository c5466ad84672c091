/**
 * Whose loss: the words a clause's subject is made of (extract.user-paid's `report.subject`, read by
 * src/match/subject.ts). A loss told with 被 or a payment told as done ("小李被骗子骗了三万", "隔壁老张被人
 * 骗了", "两个人被骗了", "小李转了三万给骗子") is the SPEAKER's emergency only when its subject is the speaker
 * (我, 本人, no subject at all), the speaker's money or things (钱, 卡, 支付宝里的2万块) or the close family the
 * speaker acts for (我妈, 老公, 家里老人). Any other person — a name (小李, 老王, 王阿姨, 刘大姐), a number of
 * people (两个人, 一个大爷), a role (司机, 会计, 前台), someone of a place (隔壁, 楼下, 同村的, 我们小区) or a
 * person's own (小李的卡, 邻居家孩子, 他妈) — tells someone else's story, unless the sentence says it is
 * happening now (`report.urgent`).
 *
 * These are grammar, not scam words: a subject is read by its head (the last person or thing in the noun
 * phrase before the verb) and the one who owns it, not looked up as a phrase. A name is a surname after
 * 小/老/阿 or before a title; no list of names.
 */

/** The speaker (我被…, 我们俩被…, 本人被…). */
const SELF = ['我', '我们', '咱', '咱们', '俺', '俺们', '本人', '自己', '我自己', '我本人'];

/** The speaker's money and things, lost (钱被转走了, 我的卡被盗刷了, 支付宝里的2万块被转走了). */
const OWN = [
  '钱', '卡', '银行卡', '信用卡', '储蓄卡', '工资卡', '账户', '账号', '支付宝', '微信', '余额', '余额宝', '零钱', '零钱通', '存款',
  '积蓄', '工资', '养老钱', '钱包', '花呗', '借呗', '理财', '手机', '号', '块', '元', '万', '千', '百', '会员', '账号里', '卡里',
];

/**
 * Close family the speaker acts for now: their loss is the family's report (110/96110 and 止付). 老人 is
 * here for "家里老人被骗了"; "村里有个老人被骗了" is another's by its place (the owner rule).
 */
const FAMILY = [
  '妈', '妈妈', '老妈', '母亲', '爸', '爸爸', '老爸', '父亲', '爸妈', '父母', '老公', '丈夫', '老婆', '妻子', '媳妇', '爱人', '孩子', '小孩',
  '儿子', '女儿', '闺女', '娃', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '公公', '婆婆', '岳父', '岳母', '哥', '哥哥', '姐', '姐姐',
  '弟', '弟弟', '妹', '妹妹', '家人', '家里人', '老人', '老人家',
];

/**
 * Third-person pronouns: how a victim names the scammer too ("我按他说的转了", "钱转进了他的账户"), so a pronoun
 * decides nothing as the subject or a thing's owner (他被…, 她被… are extract.user-paid's `unless` words);
 * only as the owner of family (他爸, 她妈) is it another person's.
 */
const PRONOUNS = ['他', '她', '他们', '她们', '人家'];

/**
 * Another person, by what they are (a role, a kind of person). 人 counts only with a number or a place before
 * it (两个人, 村里人): "有人" and "很多人" are `report.others`.
 */
const PERSONS = [
  '人', '大爷', '大妈', '大娘', '阿姨', '叔叔', '大叔', '大姐', '大哥', '老太太', '老太', '老头', '老大爷',
  '老奶奶', '老爷爷', '小伙子', '小伙', '姑娘', '小姑娘', '男子', '女子', '男的', '女的', '女士', '先生', '师傅', '老师', '同学', '同事',
  '朋友', '邻居', '亲戚', '老乡', '网友', '客户', '顾客', '老板', '老板娘', '店主', '司机', '保安', '会计', '出纳', '财务', '前台',
  '医生', '护士', '经理', '领导', '主任', '员工', '学生', '大学生', '宝妈', '村民', '居民', '业主', '市民', '老年人', '年轻人', '男生',
  '女生', '闺蜜', '室友', '舍友', '姐妹', '兄弟', '小哥', '大姐姐', '快递员', '外卖员', '保洁', '厨师', '老人们',
  // The other party of a trade ("买家付款了，钱在平台上，我发货后…": the buyer paid the seller who writes; nc11-fp kind L1b).
  '买家', '卖家', '买主', '卖主', '商家', '店家', '房东', '租客', '房客', '客人', '甲方', '乙方',
  // Relatives beyond the close family (report.others names them too: 表姐, 舅舅, 姑姑): their loss is told.
  ...['表', '堂'].flatMap((p) => ['姐', '哥', '弟', '妹', '姐姐', '哥哥', '弟弟', '妹妹', '叔', '舅'].map((k) => p + k)),
  '舅舅', '舅妈', '姑姑', '姑妈', '姑', '姑父', '姨', '姨妈', '小姨', '大姨', '姨父', '伯伯', '大伯', '二伯', '伯母', '大娘', '婶婶', '婶子',
  '二叔', '三叔', '小叔', '叔公', '姑婆', '姨婆', '侄子', '侄女', '外甥', '外甥女', '亲家', '嫂子', '弟媳', '姐夫', '妹夫', '连襟',
];

/** A role's last character: with the character before it a person (收银员, 业务员, 设计师), unless a listed word (会员: a membership). */
const ROLE_SUFFIXES = '员师';

/** After a surname, a title makes a name (王阿姨, 刘大姐, 张师傅, 李老师, 陈总, 王姐). */
const TITLES = [
  '阿姨', '大姐', '大哥', '大爷', '大妈', '大娘', '大叔', '师傅', '老师', '医生', '经理', '总', '女士', '先生', '小姐', '姐', '哥', '叔',
  '婶', '嫂', '嫂子', '奶奶', '爷爷', '老板', '主任', '会计', '律师', '警官', '同学', '老太', '老头', '工', '科长', '处长', '局长', '书记',
  '队长', '校长', '院长', '护士', '大夫', '某', '某某',
];

/** Before a surname, these make a name (小李, 老王, 阿珍 is no surname; 阿 + surname: 阿陈). */
const NAME_PREFIXES = ['小', '老', '阿'];

/**
 * Common single-character surnames. Characters that also end a word after 小/老/阿 (老公, 老师, 小区, 小孩,
 * 老家, 小时, 老人, 小心, 老板, 小钱) are left out, and a listed word of two characters wins over a name.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖韦贾夏付方邹熊孟秦邱侯江' +
  '尹薛段雷黎史陶贺顾毛郝龚邵覃武戴孔汤庞樊兰殷施洪翟安颜倪严温芦季俞章鲁葛伍申尤毕聂焦柳邢岳齐梅莫庄辛祝左涂谷祁舒耿牟卜詹苗凌纪靳盛童甄裴卫查' +
  '屈鲍霍翁隋柯阮桂闵丛冉辜饶刁瞿戚丘池滕邬臧宫苟褚廉娄穆燕邸冀姬郜晏栾郁蒙窦鄢虞卞冼佟';

/**
 * Where another person lives or works, before them (隔壁老张, 楼下王阿姨, 同村的刘大姐, 我们小区一个大爷, 村里
 * 有个老人): someone of that place is not the speaker's family. 家里 is the speaker's home (家里老人).
 */
const PLACES = [
  '隔壁', '楼下', '楼上', '对门', '对面', '村里', '同村', '邻村', '隔壁村', '村', '小区', '小区里', '单位', '单位里', '公司', '公司里', '厂里',
  '班上', '班里', '学校', '学校里', '店里', '附近', '老家', '群里', '院里', '大院', '镇上', '街上', '楼里', '本地', '当地', '我们这',
  '我们那', '这边', '那边', '部门', '科室', '办公室', '宿舍', '店', '厂', '网点', '门店', '超市', '饭店', '医院', '学校里',
];

/** A number of people (两个人, 一位老人, 好几个同事, 3个人: digits are read too). */
const COUNTS = ['一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '几', '好几', '十几', '好多', '这', '那']
  .flatMap((n) => ['个', '位', '名', '户', '家'].map((m) => n + m)).concat(['俩', '仨', '个', '位', '名', '有个', '有一个', '有位', '有一位', '有名', '有一名']);

/** Words inside a noun phrase (小李的卡, 支付宝里的2万块, 村里有个老人, 邻居家孩子). */
const LINKS = ['的', '里', '家', '有个', '有一个', '有位', '有一位', '有名', '那个', '这个', '那位', '这位', '上的', '中的'];

/** Between a subject and its verb (小李昨天也被…, 老王前两天就被…): skipped back over. */
const ADVERBS = [
  '也', '就', '都', '还', '又', '刚', '刚刚', '刚才', '竟然', '居然', '真的', '已经', '已', '早就', '昨天', '今天', '前天', '前两天', '前几天',
  '上周', '上星期', '上个月', '最近', '之前', '前阵子', '前段时间', '那天', '当时', '今年', '去年', '早上', '上午', '中午', '下午', '晚上',
  '昨晚', '今早', '一下子', '先后', '也是', '就是', '都是', '不小心', '一不小心', '稀里糊涂', '莫名其妙', '差点', '又一次', '再次',
  '连续', '一共', '总共', '共', '直接', '硬是', '愣是', '活生生', '生生',
];

/** Before a clause's subject (听说小李被骗了, 结果老王转了三万): skipped when the subject is read forward. */
const LEADS = ['听说', '据说', '结果', '后来', '然后', '而且', '但是', '可是', '所以', '其实', '原来', '没想到', '谁知道', '谁知', '不料', '最后'];

/**
 * Before a noun phrase, these make it an object, not the subject (往他的账户转了, 给他们转了, 按老王说的, 把验证码
 * 告诉小李了): the subject is then looked for at the clause's start.
 */
const PREPOSITIONS = ['往', '向', '给', '到', '把', '跟', '和', '对', '替', '帮', '从', '按', '按照', '照', '让', '叫', '被', '在', '用', '为', '同', '与', '朝', '转给', '打给', '汇给', '付给', '交给', '借给'];

export const SUBJECT_WORDS = {
  self: SELF, own: OWN, family: FAMILY, pronouns: PRONOUNS, persons: PERSONS, titles: TITLES, namePrefixes: NAME_PREFIXES, surnames: SURNAMES,
  places: PLACES, counts: COUNTS, links: LINKS, adverbs: ADVERBS, leads: LEADS, prepositions: PREPOSITIONS, roleSuffixes: ROLE_SUFFIXES,
};
