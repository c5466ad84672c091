/**
 * The playbook format: the scam as data. An anti-fraud officer reads and extends these files;
 * the engine compiles them once. Validated with zod when a playbook is compiled, so a typo in
 * a tactic file fails loudly at start-up and in the tests, not silently at run time.
 *
 * How cues match (all matching is on NORMALISED text: NFKC, lower-case, simplified Chinese,
 * and the playbook's evasion variants, e.g. 薇信 for 微信, 扣扣 for qq, compiled into the automaton as
 * extra spellings of every term that contains the canonical word; cue terms are normalised the same way):
 *  - `{ any: [...] }`: any of these phrases.
 *  - `{ all: [[...], [...]], within: N }`: one term from EACH group, all inside a window of N
 *    characters (default 12), in any order unless `ordered: true`. This is how "加…微信",
 *    "把…验证码…告诉我" are written without regular expressions (no backtracking, one pass).
 *  - `{ entity: 'url' }`: an entity of this kind in the turn; with `near`, only when one of the
 *    terms is within `within` characters of it; with `notOfficial: true` (phone numbers), only a
 *    mobile or landline that is no published service line (see the option).
 * A cue does not count when one of the tactic's `unless` terms (or the playbook's shared guards
 * the tactic names in `guards`) occurs in the same sentence: this is how "切勿泄露验证码" or
 * "平台不会索要验证码" stay out of `extraction.verification-code`.
 */
import { z } from 'zod';
import { STAGES, SpeakerSchema } from '../types.ts';

export const ENTITY_KINDS = [
  'url', 'phone', 'bank-card', 'id-number', 'amount', 'code', 'order-number', 'qr',
  // A card number as a person writes it, its check digit wrong or made up, beside a card or account word (src/entities/entities.ts
  // writtenCard; newcomer12 kind S2). Not `bank-card`: that one is found by its check (Luhn), whatever the words around it.
  'card-number',
  // A private chat id after its app's name ("QQ 1839928811", "wx: tk778"): src/entities/entities.ts handles().
  'handle',
  // A sum said bare after a money verb ("转2000给我", "汇10000到…"; src/entities/entities.ts bareSumAt): read by the request
  // grammar's money objects (obj.money, obj.sum), not by the cues that look for a priced amount (recall12 kind 1).
  'sum',
  // A fee named by its noun in 费 ("校服费", "教辅费", "研学活动费"; src/entities/entities.ts feeNouns): whatever the fee is
  // called, asked to be paid by a code or a transfer it is a fee (recall12 kind 3).
  'fee',
] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

const Term = z.string().min(1).max(40);

export const CueSchema = z.union([
  z.object({ any: z.array(Term).min(1) }).strict(),
  z.object({
    all: z.array(z.array(Term).min(1)).min(2).max(4),
    within: z.number().int().min(2).max(60).default(12),
    ordered: z.boolean().default(false),
    /**
     * Every term in the clause of the first group's term (clauses end at ，。！？；：and a line break): a
     * phrase with a slot between its words that no clause boundary may cross, e.g. the passive with its
     * agent, 被 + who + 骗了 ("被一个说是淘宝退款的骗了两万八"): "被拉进群，后来骗了我" is two clauses.
     */
    clause: z.boolean().default(false),
  }).strict(),
  z.object({
    entity: EntityKindSchema,
    near: z.array(Term).min(1).optional(),
    within: z.number().int().min(2).max(60).default(16),
    /**
     * Phone numbers only: `true` counts only a number that could be the counterpart's own line — a
     * mobile or a landline (a person's, a shop's, a scammer's) — and never a published one: not a
     * public service number or a 400/800 business line by its own digits (95xxx, 12xxx, 100xx, 110:
     * src/entities/entities.ts isPublicNumber; judged on the whole number, never '95' inside
     * 19527314408), and not a number the number checker lists as a platform's or an office's line
     * (057188158198 is Taobao's: src/checks/data/official-numbers.ts, service-numbers.ts). Which
     * numbers are published is the checker's data, not a word list in the tactic.
     */
    notOfficial: z.boolean().default(false),
    /**
     * With `notOfficial`: a 400/800 business line counts too unless the number checker lists it. For a
     * story whose real senders publish short lines (an airline's 95xxx, 12306): "航班取消，改签补偿300元，请
     * 致电400-xxx" gives a line anybody can rent, not the airline's (newcomer kind 3).
     */
    businessLines: z.boolean().default(false),
  }).strict().refine((c) => !c.notOfficial || c.entity === 'phone', { message: 'notOfficial applies to phone numbers only' })
    .refine((c) => !c.businessLines || c.notOfficial, { message: 'businessLines applies with notOfficial only' }),
  /**
   * A request in the playbook's grammar: a word of one of the `act` classes and a word of one of
   * the `object` classes (class names from the playbook's `lexicon`) in one sentence, within the
   * grammar's window, the act not negated, not quoted inside a warning and not reported as an
   * example (see `grammar`). With `context`, a word of one of those classes (any kind) must also be
   * in the sentence ("输入验证码" is a request only next to a link or a refund word). `actor: 'listener'`
   * (default) drops an act whose clause has the speaker as its subject ("我把验证码告诉他了");
   * `'any'` keeps it ("我拉你进群" is still the move to a group).
   */
  z.object({
    request: z.object({
      act: z.array(z.string().min(1)).min(1),
      object: z.array(z.string().min(1)).min(1),
    }).strict(),
    context: z.array(z.string().min(1)).min(1).optional(),
    actor: z.enum(['listener', 'any']).default('listener'),
  }).strict(),
]);
export type CueDef = z.input<typeof CueSchema>;
export type Cue = z.output<typeof CueSchema>;

export const AdviceIdSchema = z.enum([
  'hang-up-verify-in-app', // hang up; verify with the merchant inside the original platform's app
  'check-domain', // check the website's domain; do not open links sent by the caller
  'never-share-code', // never tell anyone a verification code
  'never-share-card', // never give card number, password, ID
  'refund-never-needs-payment', // a real refund never needs payment, scanning, a loan, a screen share or an app
  'no-screen-share', // stop screen sharing now
  'no-app-download', // do not install apps or join groups the caller names
  'no-loan', // never take a loan to "raise credit" or "unfreeze" money
  'no-transfer', // never transfer to a "safe" or designated account
  'tell-family', // scammers tell you to keep it secret: tell family
  'already-paid', // already paid: call 110 or 96110 and your bank now
  // Other scam kinds (issue 8 §1.8): the advice that fits them, not the refund scam's.
  'verify-known-contact', // a relative, friend or boss asking for money: call their old number or see them
  'no-upfront-fee', // a fee, deposit, tax or top-up before a payout, a loan, a trade or a job is the scam
  'stay-on-platform', // trade and talk only on the platform where it started; no outside site, QQ or app
  'police-never-by-phone', // police, prosecutors and courts never handle a case by phone or ask for a transfer
  'no-paid-tasks', // paid tasks, order-brushing and "rebates" that need you to pay first are all the scam
  'no-investment-tips', // a stranger's "teacher", inside tip or platform with sure returns is the scam
  'verify-independently', // check with the company or office yourself, never through the contact they gave
  'sextortion-no-pay', // a threat to send intimate images: do not pay (it brings more demands), keep evidence, report
  'pay-bills-officially', // utility and phone bills are paid only in the provider's own app or office, never via a sent link
]);
export type AdviceId = z.infer<typeof AdviceIdSchema>;

/** An ordinary errand's words and the words that give its sentence back (TacticSchema `ordinary`). */
const OrdinarySchema = z.object({
  words: z.array(Term).min(1),
  but: z.array(Term).min(1),
  /** Entities that count as a `but` word (a sent link: `url`). */
  butEntities: z.array(EntityKindSchema).default([]),
}).strict();

export const TacticSchema = z.object({
  /** `<stage>.<name>`, e.g. `pretext.credit-too-low`. */
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  stage: z.enum(STAGES),
  description: z.object({ zh: z.string().min(2), en: z.string().min(2) }).strict(),
  /** Points added to the risk (0–100 scale) when the tactic fires; negative for legitimacy signs; 0 exactly for a `component`. */
  weight: z.number().min(-100).max(100),
  /**
   * `scored` (default): the tactic adds its weight. `component`: it fires and is shown as evidence,
   * but scores nothing alone (weight 0): only a composite that names it by id, or a score rule, reads
   * it — an outside link (shift.sent-link), a quoted fee (extract.fee-quoted), a handle to add
   * (shift.chat-handle), a number to call back (contact.call-back-number), a sender's own mass notice
   * (contact.official-sender). A `stage:` or `prefix.*` selector never matches a component, and advice
   * kinds are not told by one. In the one-message rule (src/playbook/single-message.ts) a component is
   * still the move or the request it names, never a story or an offer.
   */
  role: z.enum(['scored', 'component']).default('scored'),
  /** Who must say it. Default `caller` (also matches `unknown`). */
  speaker: z.union([SpeakerSchema, z.literal('any')]).default('caller'),
  cues: z.array(CueSchema).min(1),
  /** Words that, in the same sentence, mean this is a warning, a negation or a legitimate notice. */
  unless: z.array(Term).default([]),
  /** Names of shared guard lists in the playbook (e.g. 'warning'). */
  guards: z.array(z.string()).default([]),
  /**
   * A published number in a sentence — a platform's, a bank's, a carrier's or an office's line as the
   * number checker lists it (src/checks/data: JD's 950618, Alipay's 95188 with an extension, a listed
   * 400 line) — with no other number, link or chat id beside it is the sender's OWN line: the sentence
   * does not count, as if it held an `unless` word. For a story whose move is "call us to cancel"
   * (a platform's renewal notice names its own hotline; a stranger gives a mobile, an unlisted 400
   * line or a look-alike such as 9506188). Which numbers are published is the checker's data.
   */
  ownLine: z.boolean().default(false),
  /**
   * The message's signature names the app it sends the reader to ("【网上国网】下载网上国网APP并绑定户号", "【京东】下载京东APP领
   * 新人礼包"): the sender's own app, reached from the store the reader uses. A sentence that names the signer (the bracketed
   * name at the start or the end of the message) followed by app / 客户端 / 小程序 does not count, as if it held an `unless`
   * word, when the turn gives no link, chat id or phone number (a sent channel beside it makes the app theirs: "【京东】下载京东
   * APP…加客服微信 jd8821"). For the move to an app (shift.app-download): a signed sender's own reward task read suspicious
   * 45–50 through unsolicited-offer-plus-move (sms15; the session-14 real SMS left-over of recall14's reward-task kind).
   */
  signerApp: z.boolean().default(false),
  /**
   * The brand sends the reader to its own app and its own site in one breath ("Please update your payment details in the Netflix
   * app or at netflix.com/account"): every link of the turn is the bare name the message calls an app ("<name> app") on a home
   * ending (.com, .cn, .net…: HOME_ENDINGS), so the sentence holding a link does not count, as if it held an `unless` word. A
   * look-alike (netflix-billing.com, netflix.com.pay-help.top, netflix.top) or any other link beside it keeps it read. For the
   * English link and card asks (guard16 kind O1: writer13's w13tl-0406 read scam 80).
   */
  ownSite: z.boolean().default(false),
  /**
   * An ordinary errand of one's own ("我刚给房东转了房租，对方说收到了", "我刚交了话费，怎么还没到账"): a sentence that
   * holds one of `words` (a household bill or a known payee — 房租, 物业费, 话费, 学费 — or the payee's receipt
   * acknowledged: 说收到了) does not count, as if it held an `unless` word — unless the TURN holds one of `but` (a
   * stranger or a loss: 客服, 骗子, 联系不上, 拉黑, 链接, 保证金, 解冻) or a `butEntities` entity anywhere. For a report of a completed payment (extract.user-paid):
   * the citizen's own rent or phone bill paid is no loss; the same words beside any stranger or loss word stay
   * the emergency ("给房东转了押金，现在房东把我拉黑了"). Both lists are read only in a turn where the tactic has a hit.
   */
  ordinary: OrdinarySchema.optional(),
  /**
   * More ordinary errands, each read as `ordinary` on its own (its words guard a sentence unless the turn holds one of
   * ITS `but` words): two registers that share a tactic keep their own lists (extract.transfer: a shop's counter top-up,
   * sms17; an advance paid back by reimbursement, conv17 src/playbook/zh/payback.ts).
   */
  ordinaryAlso: z.array(OrdinarySchema).default([]),
  /**
   * Whether warnings and explainers that quote this tactic's words make them examples (src/match/
   * framing.ts). False for the user's own report of a loss, which often starts with "骗子说…".
   */
  framing: z.boolean().default(true),
  /** A request said in the negative ("我们不需要您提供验证码") does not count: see `negation`. */
  negatable: z.boolean().default(false),
  /**
   * A frame only the score's rules read (e.g. the playbook's `promotion` frames): not evidence for the
   * signals or the model, which never saw it in training.
   */
  scoreOnly: z.boolean().default(false),
  /**
   * The cues REPORT something done, they do not ask for it (extract.user-paid: "我已经转了", "验证码
   * 告诉他了" is a report; "请把验证码告诉客服", "您把钱转过去就行" is a request). A phrase or `all`
   * cue counts only where, in the clause of its first term (an `any` term, or the first group's term
   * of an `all` cue; clauses end at ，。！？；：):
   *  - no `addressed` word is in the clause (an instruction to the listener: 请把, 您先, 麻烦您, …就可以了);
   *  - and a `self` word comes before it (我: the speaker did it) or a `perfective` word is in the
   *    clause (了, 已经: it is done);
   *  - and, unless a `self` word comes before it in its clause, no `reader` word comes before it in its
   *    sentence (您的, 您尾号, 您于: "您尾号1234的卡转出5000元", "您的账户被扣款了", "您的孩子在玩游戏
   *    时，可能被骗了" tell the READER what happened to the reader's account or family — a bank's, a
   *    carrier's or a school's notice — while a citizen reporting a loss names themselves or their own:
   *    "我的卡被转走了", "我妈被骗了"). A greeting ("你好，卡里的钱被转走了") is no reader word.
   * The words are scanned only in a turn where a cue term of the tactic occurred (an automaton of
   * their own), and each cue occurrence is judged by a binary search: linear in the text.
   */
  report: z.object({
    addressed: z.array(Term).min(1),
    self: z.array(Term).min(1),
    perfective: z.array(Term).min(1),
    reader: z.array(Term).default([]),
    /**
     * Someone ELSE as the one who lost (同学, 客户, 我表姐, 财务人员, 有人): when such a word is the nearest
     * subject before the cue in its sentence (no `self` word after it), the cue tells another
     * person's story — a retelling, a case in a meeting, a warning's example — not the speaker's own
     * loss, unless an `urgent` word in the sentence makes it the emergency being reported now
     * ("我朋友刚被骗了两万，怎么办"). Nouns only: 他/她 is how a victim names the scammer ("我按他说的转了").
     */
    others: z.array(Term).default([]),
    urgent: z.array(Term).default([]),
    /**
     * Urgent only in the cue's own clause (现在: "我同事现在被骗了"); in a later clause it tells the aftermath
     * ("我们公司会计被冒充老板的骗了三十万，现在公司所有转账都要电话确认了").
     */
    now: z.array(Term).default([]),
    /**
     * Another person's loss already in the police's hands or past recovery (报警了, 立案了, 没追回来): an
     * `urgent` word in such a sentence ("…被骗了三万，现在报警了还没追回来") tells where the story stands,
     * not an emergency now. Read only for another person's loss; the speaker's own stays urgent.
     */
    settled: z.array(Term).default([]),
    /**
     * Causatives ending in a `self` word (让我, 叫我, 逼我): the 我 inside one is the one MADE to act, so
     * the act is the other side's ask relayed ("客服让我把验证码发给他"), not the speaker's own act done; it
     * is a report only with a `perfective` word in its clause ("客服让我把验证码发给他了").
     */
    caused: z.array(Term).default([]),
    /**
     * The speaker saying who they are (我是, 本人是): an `others` word right after one names the speaker
     * ("我是受害人，卡里被转走了2万" is the citizen's own loss, not an officer's case report).
     */
    identity: z.array(Term).default([]),
    /**
     * Time words of a distant past (去年, 上次, 以前): one before the cue in its sentence, with no `self`
     * word and no `recent` word between them and no `urgent` word in the sentence, dates the loss to a
     * past that no stop-payment reaches ("我妈去年被骗了两万" is a story told, not the emergency now;
     * "我爸去年被骗过，今天又被骗了" is the emergency).
     */
    past: z.array(Term).default([]),
    recent: z.array(Term).default([]),
    /**
     * Question particles (吗): a question about the loss itself ("妈，我给你的钱转过去了吗？") reports nothing;
     * a question AFTER the loss about what to do ("我被冒充客服的骗了两万 怎么办 还能追回来吗") does. The
     * first one after the cue in its sentence is read: an `urgent` word between the cue and it makes the
     * question the recovery's, not the loss's (a sentence-wide `unless` 吗 silenced the victim's own plea).
     */
    question: z.array(Term).default([]),
    /**
     * What to do after a loss (怎么办, 能追回, 报警有用): `urgent` as well, and the only words that make a
     * `question` after the cue the recovery's ("您可能被骗了，您现在安全吗" asks no recovery: a time word does not).
     */
    recovery: z.array(Term).default([]),
    /**
     * Whose loss by the clause's SUBJECT (src/match/subject.ts): the noun phrase before the cue (before 被 in
     * the passive, or the clause's first, or the topic clause before it) read by its head and that head's
     * owner. Another person — a name (小李, 老王: a `namePrefixes` word before one of the `surnames`; 王阿姨:
     * a surname before a `titles` word), `persons` (他们, 司机, 两个人), someone of `places` (隔壁老张, 村里
     * 有个老人) or another's money or family (小李的卡, 他妈) — tells someone else's story, as an `others`
     * word does (unless `urgent`); the speaker (`self`), the speaker's `own` things and `family` change
     * nothing, nor do `pronouns` (他, 她: the scammer as often as another victim) except as family's owner (他爸). Words inside a phrase (`links`, `counts`) are read through, `adverbs` between the subject and
     * its verb skipped, `leads` before a clause's subject skipped; a phrase after one of the `prepositions` is an object
     * (往他的账户转了), not the subject.
     */
    subject: z.object({
      self: z.array(Term), own: z.array(Term), family: z.array(Term), pronouns: z.array(Term), persons: z.array(Term), titles: z.array(Term),
      namePrefixes: z.array(Term), surnames: z.string().min(1), places: z.array(Term), counts: z.array(Term), links: z.array(Term),
      adverbs: z.array(Term), leads: z.array(Term), prepositions: z.array(Term), roleSuffixes: z.string().min(1),
    }).strict().optional(),
  }).strict().optional(),
  advice: z.array(AdviceIdSchema).default([]),
  /**
   * Entities of these kinds in the same turn are shown as evidence too (after the cue's span): a
   * citizen's report of a transfer highlights the amount ("转了【8000块】"), which the officer and
   * the bank need first. Never a victim's card or ID number (those are masked, not shown).
   */
  showEntities: z.array(z.enum(['amount'])).default([]),
  examples: z.object({
    positive: z.array(z.string().min(1)).min(5),
    negative: z.array(z.string().min(1)).min(5),
  }).strict(),
}).strict().refine((t) => (t.role === 'component') === (t.weight === 0), {
  message: 'a component has weight 0 and a tactic with weight 0 is a component (role: \'component\')',
});
export type TacticDef = z.input<typeof TacticSchema>;
export type Tactic = z.output<typeof TacticSchema>;

/** A selector in a composite: a tactic id, a prefix (`extraction.*`) or a stage (`stage:pretext`). */
const Selector = z.string().regex(/^(stage:[a-z]+|[a-z]+\.\*|[a-z]+\.[a-z0-9-]+)$/);

/**
 * rspamd-style composite: when every selector has fired (in any turns), the risk is at least
 * `minRisk`. "A refund pretext plus any extraction request is a scam whatever the sum."
 */
export const CompositeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.object({ zh: z.string(), en: z.string() }).strict(),
  all: z.array(Selector).min(1),
  /** Optional: at least one of these must also have fired. */
  any: z.array(Selector).optional(),
  /**
   * Optional: none of these may have fired (an id selector fires whatever its weight, so a component can say it): a
   * story composite that presumes a stranger's opener does not hold beside a frame that says the talk stays in the
   * platform's own process (contact.in-process-payment: "已为您办理全额退款，原路退回"; nc11-fp kind L2).
   */
  none: z.array(Selector).optional(),
  minRisk: z.number().min(0).max(100),
}).strict();
export type CompositeDef = z.input<typeof CompositeSchema>;
export type Composite = z.output<typeof CompositeSchema>;

/** A case run through the whole engine (not one tactic): hard negatives and full scams. */
export const PlaybookCaseSchema = z.object({
  name: z.string(),
  channel: z.enum(['call', 'sms', 'chat', 'text']).default('text'),
  /** Plain text, or `caller: …` / `user: …` lines for a call. */
  text: z.string().min(1),
  expect: z.enum(['safe', 'suspicious', 'scam', 'not-safe']),
}).strict();
export type PlaybookCaseDef = z.input<typeof PlaybookCaseSchema>;

/**
 * A word class of the request grammar: an act (give, tell, send, fill in, pay, download…), an object
 * (code, card, money, app, group, link…) or a context (refund words). Officers extend the terms;
 * every tactic using the class gains the synonym. `entities` lets a class stand for extracted
 * entities too (a URL is a link). The examples are run as tests: each positive sentence must
 * contain a request that uses this class, each negative none.
 */
export const WordClassSchema = z.object({
  kind: z.enum(['act', 'object', 'context']),
  description: z.string().min(2),
  terms: z.array(Term).min(1),
  entities: z.array(EntityKindSchema).default([]),
  /**
   * The terms are proper names (lenders, apps): an act word inside one ("借钱" in "美团借钱") is part of
   * the name, no act at all — the grammar's `nouns` mechanism, the class's terms being the covering
   * words (object words inside a name stay objects: "借款app" is an app). Default false: "屏幕分享给我"
   * is a request.
   */
  names: z.boolean().default(false),
  /**
   * An act of this class followed at once by a KEYWORD — a digit or a Latin letter, one space allowed
   * ("回复1", "回复TD") — has the keyword as its object (the word to
   * send): that occurrence is no act of the grammar and pairs with no other object. Only that act: the
   * clause's other acts are read ("回复1确认退款，并把收到的验证码一并回复" asks for the code). Default false.
   * On an OBJECT class: an object word followed at once by the thing itself written out — a run of 3+ Latin letters or
   * digits holding a digit, one space or opening quote allowed ("回复验证码 382916 确认办理", "回复验证码“HM88”") — is
   * given by the message, not asked of the reader: that occurrence is no object of the grammar (src/match/grammar.ts literalAt).
   */
  keyword: z.boolean().default(false),
  /**
   * The act hands something on to a third side ("告诉他", "发给对方", "报过去"): after a third person made to act
   * in its clause ("让她把卡号和短信上的数字告诉他", grammar `narrated` causatives 让她/叫他/让我妈, no 你/您 just
   * before), it is that person's act retold, not asked of the reader. Default false.
   */
  thirdParty: z.boolean().default(false),
  examples: z.object({
    positive: z.array(z.string().min(1)).min(2),
    negative: z.array(z.string().min(1)).min(1),
  }).strict(),
}).strict();
export type WordClassDef = z.input<typeof WordClassSchema>;
export type WordClass = z.output<typeof WordClassSchema>;

/**
 * How requests are read (request cues only). Everything is decided on the term occurrences of
 * one automaton pass, sentence by sentence, so the cost is linear in the text:
 *  - `negators` ("不需要", "无需", "别", "never") before an act in the same clause, at most `window`
 *    characters before it and with no `contrasts` word ("只需要", "but") in between, cancel that act;
 *  - `self` ("我把", "我已经", "i already") before an act in its clause make the speaker its subject;
 *  - `reporters` ("骗子常说", "对方会", "受害人", "scammers may") before a request in the sentence make
 *    it an example someone describes, not a request made;
 *  - `verdicts` ("百分之百是诈骗", "都是骗子", "is a scam") after a request in the sentence make it the
 *    subject of a warning ("凡是要求你共享屏幕的，都是诈骗");
 *  - `frames` (a warning's words: "警方提示", "骗子", "scam") anywhere in the turn make requests inside
 *    quotation marks examples; a frame word alone never cancels a request outside quotes, so
 *    "不要相信骗子，我是真的客服，把验证码给我" stays a request;
 *  - `advisories` ("will never ask", "不会索要") at the end of a sentence make the requests of the
 *    NEXT sentence examples when that sentence is a conditional or generic one (`generic`: "if", "anyone who", "凡是").
 */
export const GrammarSchema = z.object({
  window: z.number().int().min(4).max(80).default(16),
  /**
   * What the windows count: `character` (UTF-16 units, the English playbook) or `word`, where a Han
   * character, a punctuation mark and a run of ASCII letters or digits are one word each and spaces
   * none (the Chinese playbook: "请 provide 银行卡 number and 验证码" is as near as "请提供银行卡号和验证码").
   */
  windowUnit: z.enum(['character', 'word']).default('character'),
  negators: z.array(Term).default([]),
  contrasts: z.array(Term).default([]),
  /**
   * Words that join a second act to a negated one ("不会上门收取现金或要求转账", "never call or ask you to pay"): met while a
   * negator still holds (within `negationWindow` of it, no contrast between), the negation carries on from this word, so the
   * second act is negated as the first. A warning's list of what staff never do is one negation, however long its first act.
   */
  disjunctions: z.array(Term).default([]),
  negationWindow: z.number().int().min(0).max(30).default(8),
  self: z.array(Term).default([]),
  /** Causatives before the speaker ("让我", "叫我"): a `self` marker starting inside one ("让我先交") is the one made to act, so the clause is the other side's ask relayed. */
  caused: z.array(Term).default([]),
  /**
   * The listener's imperative with 将 as the object marker (请将, 请您将, 麻烦您将): a `self` marker starting inside one
   * (将收到, 将发送: the sender's future in "您将收到验证码") is the relative clause of the thing asked for ("请将收到的验证码
   * 发送到138…", "请将发送到您手机的验证码告诉我"), not the speaker's own act (recall17 kind A).
   */
  imperatives: z.array(Term).default([]),
  /**
   * Who receives in an ask relayed by the one made to act ("客服让我把验证码告诉他", "叫我转给对方"): after a
   * `caused` marker in the same clause, an act word written toward the speaker ("告诉我", "念给我", "转给我")
   * counts with the speaker's 我/我们 swapped for one of these. The forms are derived at compile time
   * from every act class; outside a caused clause they are no act ("我把验证码告诉他了" is the speaker's own).
   */
  relayedRecipients: z.array(Term).default([]),
  reporters: z.array(Term).default([]),
  verdicts: z.array(Term).default([]),
  frames: z.array(Term).default([]),
  advisories: z.array(Term).default([]),
  generic: z.array(Term).default([]),
  /**
   * Reported speech of a third party ("有人打电话说", "他让我", "对方叫我"): before a request in the
   * sentence, in a turn that carries a warning `frames` word ("那是骗子"), the request is the one being
   * reported and warned about, not made. Without a frame word it stays a request.
   */
  relayed: z.array(Term).default([]),
  /**
   * A third person in a retelling: who took the call ("我妈接到", "她接了") or whom the caller asked
   * ("让她", "叫他", "让老人"). Before a cue in the sentence, in a turn with a warning `frames` word
   * (a refusal counts: "幸好她直接挂了"), the cue is the story retold, not said to the reader — also
   * as a question ("她这是不是遇到骗子了？"). Not after 你/您 ("你让他把验证码发我" asks the reader).
   */
  narrated: z.array(Term).default([]),
  /**
   * A third person as the one deceived, the passive's subject ("我舅妈被…骗了三千块", "对门王奶奶被人骗了，说是她孙子…要交
   * 保释金"): read as `narrated` for every cue, except a reporting tactic's (`report`: extract.user-paid), which judges
   * whose loss it is by its own `report.others`, `urgent` and `subject` ("我表姐被骗了五万，怎么办" is still the emergency).
   */
  victims: z.array(Term).default([]),
  /**
   * A question about what already happened ("您有没有给他提供验证码", "对方是不是说要给您退款",
   * "有没有转过账"): its requests are asked about, not made — in a turn with a `frames` word or with a
   * `narrated` third person in the sentence, and unless an `ownRequests` word after it makes the
   * speaker the one who asked ("您有没有按我说的…", "有没有发给我").
   */
  pastQuestions: z.array(Term).default([]),
  /** The speaker as the one who asks or receives ("给我", "发我", "我说的", "我让您"): a question or a story that holds one is still the speaker's request. */
  ownRequests: z.array(Term).default([]),
  /**
   * The speaker taking the floor back after a `reporters` word ("骗子常说…，我们不一样，…把验证码发给我",
   * "我们是正规客服"): the requests after it are the speaker's own again.
   */
  takeovers: z.array(Term).default([]),
  /**
   * The warning itself waved away ("防骗短信您别管，把验证码发我", "别听那些反诈宣传", "反诈宣传都是吓唬人的"): an
   * anti-fraud `sources` word and, at most `within` characters after it in its clause, a `judgements` word (吓唬,
   * 误报: the warning judged) or a `words` dismissal (别管, 别信, 不用管) that ends its clause (at most `tail`
   * characters after it: "别信陌生来电" names what not to believe, a warning's own advice); or a `words` dismissal
   * with the source after it ("别听那些反诈宣传"). Not in quotes, no `but` word in the clause (自称, 冒充, 陌生: a fake
   * or a stranger waved away is the warning's advice), no `reporters` or `relayed` word earlier in the sentence (the
   * dismissal told as the scammer's line). It is a `takeovers` word at its later end: the speaker has the floor from there.
   */
  dismissals: z.object({
    sources: z.array(Term).min(1),
    words: z.array(Term).min(1),
    judgements: z.array(Term).default([]),
    but: z.array(Term).default([]),
    within: z.number().int().min(0).max(16),
    tail: z.number().int().min(0).max(8),
  }).optional(),
  /**
   * The speaker introducing themselves ("我是", "我们是", "这边是"): after a `reporters` word, in a later
   * clause of its sentence, it takes the floor back like a `takeovers` word ("骗子才会让你等，我是京东客服，
   * 请把验证码发我") — unless a `speechMarks` mark lies between the reporter and it: then the reporter
   * introduced the scammer's own words and the 我 is the scammer's ("骗子常说，我是淘宝客服…",
   * "诈骗分子往往这样开场：您好，我是京东客服…").
   */
  selfIntros: z.array(Term).default([]),
  /**
   * What introduces someone's words after a reporter ("说", "称", a colon): found by a scan of the
   * reporter's sentence from the reporter on (not matched as terms: "说" is everywhere in speech, and
   * the scan runs only in a sentence that has both a reporter and a `selfIntros` word after it).
   */
  speechMarks: z.array(z.string().min(1)).default([]),
  /**
   * An act told as done ("输入过", "下载了一个", "转过"): in a turn with a `frames` word, a cue in the
   * same clause is what happened, not a request ("系统提示您的手机下载了一个可疑的会议软件"); in a
   * question about the past it makes the question one without a frame word ("您有没有输入过银行卡密码？").
   */
  pastActs: z.array(Term).default([]),
  /**
   * Words that contain an act or object word but name a thing or a state ("赔付款", "待付款", "货到付款",
   * "转账记录", "电子密码器"): an act or object word lying wholly inside one is part of that word, so a
   * payout notice ("赔付款150元将打到您的账户") asks for no payment and "回复“验证码”办理电子密码器" for no
   * password. A `nouns` word that merely begins where the act begins ("付款方式" after "付款") also covers
   * it; a class word that is itself a listed noun stays one. The terms of a word class marked `names`
   * cover act words by the same mechanism (src/match/compile.ts CompiledGrammar.covers).
   */
  nouns: z.array(Term).default([]),
  /**
   * Reported speech in the passive ("一名老人…被要求把钱转到安全账户", "她被告知需要缴纳保证金"): a news
   * story or a case report telling what a third person was told. From the marker to the end of its
   * sentence the requests are the ones reported, not made — unless the reader or the speaker is the
   * subject ("您被要求配合调查，请…", "我被要求支付…": a 你/您/我 earlier in the marker's clause), and
   * up to a 你/您 or an `ownRequests` word after it ("…，请您把钱转到…" asks again).
   */
  passives: z.array(Term).default([]),
  /**
   * The speaker's own question about a scheme they heard of ("听说那个刷单的要先垫付，是真的吗？", "那个兼职
   * 是不是要先交钱？"): in a sentence with a question mark that holds one of these words, with no 我
   * (someone asked the speaker: "他让我先垫付，是不是骗子？" is a scam under way) and no 你/您 (an agent's
   * leading question, a scammer's "听说你最近在找兼职？"), the scheme's requests and story are asked
   * about, not made (newcomer8 kind 3).
   */
  inquiries: z.array(Term).default([]),
  /**
   * The third person a case report or a bulletin is about ("刘女士", "事主林某", "一名中年男子", "受害人",
   * "市民"): in a turn with a warning `frames` word (a bulletin's: 通报, 以案说法, 报案, 被骗), once one of
   * these has been named (not as a salutation: "王先生您好", and before any 你/您 in the turn), a cue in a
   * sentence that speaks to nobody and
   * of nobody present — no 你/您, no 我 but the bulletin's 我市/我区 — is the case retold, not said to the
   * reader (newcomer8 kind 5: "【警方通报】…刘女士按对方要求下载某会议软件并开启屏幕共享…" read scam 100).
   * A victim's own report (我…被骗了) stays the reader's emergency.
   */
  caseSubjects: z.array(Term).default([]),
  /**
   * A news story's dateline or attribution at the start of a sentence ("近日，", "日前，", "据介绍，", "记者了解到"):
   * the turn is told as a story, so a case's third person (`caseSubjects`: "市民王女士", "刘先生") in a sentence that
   * speaks to nobody present reads as the case retold, as after a `frames` word — without a 骗 word ("近日，市民
   *王女士接到自称快递客服的电话，对方要求其下载会议软件…"; grammar11 kind 5). Only that: quotes, relayed words and
   * questions still need a `frames` word, and a sentence with 你/您 is still said to the reader ("近日您的订单
   *异常，请提供验证码" asks).
   */
  newsFrames: z.array(Term).default([]),
  /**
   * The listener made the subject again ("麻烦你", "请您", "你把", "您先"): a `self` marker earlier in the clause
   * ("我刚才转错账了") no longer owns the acts after it. Clause scope without punctuation: a voice-to-text message
   * runs its clauses together ("我刚才转错账了转到你卡上了麻烦你退给我一下", grammar11 kind 6).
   */
  listenerSubjects: z.array(Term).default([]),
}).strict();
export type GrammarDef = z.input<typeof GrammarSchema>;

/**
 * A one-message register rule (notice, deal, family loan: src/playbook/notice.ts, deal.ts, family-loan.ts;
 * read by src/score/score.ts `registerReading`). In ONE message (not a call), when one of the `frames` fired,
 * every other positively weighted tactic is one of its `words` or `kept`, at least one word fired, none of
 * the `breakers` fired (even at weight 0), and — when `modelBreaks` — the text model gave no positive word:
 * then the words weigh nothing (`kept` keep their weight), no composite applies and the risk stays below
 * `suspicious`. When `modelBreaks` is false the model's word keeps its weight and neither breaks nor is
 * dropped. Otherwise everything counts in full. `examples`: messages of the register (read
 * safe, the rule holding) and siblings in the same words that are not (the rule does not hold, flagged),
 * under the keys `yes` / `no` the rule names; run as tests (test/playbook/register-rules.test.ts).
 */
function registerRule<Y extends string, N extends string>(yes: Y, no: N) {
  return z.object({
    frames: z.array(z.string()).min(1),
    words: z.array(z.string()).min(1),
    breakers: z.array(z.string()).default([]),
    kept: z.array(z.string()).default([]),
    modelBreaks: z.boolean(),
    examples: z.object({ [yes]: z.array(z.string()).min(1), [no]: z.array(z.string()).min(1) } as Record<Y | N, z.ZodArray<z.ZodString>>).strict(),
  }).strict();
}
/** The fields every register rule shares (the examples' keys aside). */
export type RegisterRule = Omit<z.output<ReturnType<typeof registerRule>>, 'examples'>;

export const PlaybookSchema = z.object({
  lang: z.enum(['zh', 'en']),
  /**
   * Evasion spellings: variant → canonical (after NFKC and lower-casing). Each term containing the
   * canonical word also matches with the variant in its place, so evidence shows the variant as written.
   * An ASCII variant folds only as a whole word ('giftcard' does not fold 'giftcards': list each form).
   */
  variants: z.record(z.string().min(1), z.string().min(1)).default({}),
  /**
   * Key nouns read by their sound (src/normalise/normalise.ts step 6): a spelling with the same toneless
   * syllables, at least half of its characters the noun's own, folds to the noun ("屏慕共想" → 屏幕共享).
   */
  soundWords: z.array(z.string().min(2)).default([]),
  /** Shared guard lists that tactics refer to by name in `guards`. */
  guards: z.record(z.string(), z.array(Term)).default({}),
  /**
   * Whole-turn guards: a turn containing one of these is a warning or a notice ABOUT scams
   * (警方提醒, 均为诈骗, 谨防…), and none of its cues count. Keep them specific: scammers do say
   * "这不是诈骗", so a bare 诈骗 must never be a turn guard.
   */
  turnGuards: z.array(Term).default([]),
  /**
   * Negation bound to its verb, for `negatable` tactics: negator + optional filler + request verb
   * ("不需要" + "您" + "提供") cancels a cue that starts within `window` characters after it in the
   * same clause, unless a contrast word ("只需要", "但是") comes in between. A bare negator is not
   * enough: "不用担心，把验证码告诉我" stays a request.
   */
  negation: z.object({
    negators: z.array(Term).min(1),
    fillers: z.array(z.string().max(10)).default(['']),
    verbs: z.array(Term).min(1),
    contrasts: z.array(Term).default([]),
    window: z.number().int().min(0).max(20).default(6),
  }).strict().optional(),
  /** The request grammar's word classes, by name (`act.give`, `obj.code`…): see WordClassSchema. */
  lexicon: z.record(z.string().regex(/^(act|obj|ctx)\.[a-z0-9-]+$/), WordClassSchema).default({}),
  grammar: GrammarSchema.default(GrammarSchema.parse({})),
  tactics: z.array(TacticSchema).min(1),
  composites: z.array(CompositeSchema).default([]),
  /** Advice texts for this language. Never a link, never a number other than 110/96110. */
  advice: z.record(AdviceIdSchema, z.string().min(4)),
  /**
   * The same advice worded for a message (SMS, chat, pasted text) where the call's wording does not
   * fit ("hang up" said about a text). Only the ids whose wording differs; the others are shared.
   */
  adviceForMessages: z.partialRecord(AdviceIdSchema, z.string().min(4)).default({}),
  /** Order advice is shown in (most urgent first). */
  adviceOrder: z.array(AdviceIdSchema),
  /**
   * Advice that speaks of one move ("叫您保密的一定是骗子", "马上关掉屏幕共享", "不要下载对方让装的
   * 软件", "不要点对方发来的链接") is given only when one of the listed tactics or signals fired (with a
   * positive weight, or a component such as the link itself, shift.sent-link): advice
   * with no reason in the text reads as boilerplate and costs trust. Ids not listed are not gated.
   * Data: src/playbook/advice-needs.ts (`adviceNeeds`).
   */
  adviceNeeds: z.partialRecord(AdviceIdSchema, z.array(z.string().regex(/^[a-z]+\.[a-z0-9-]+$/)).min(1)).default({}),
  /**
   * Groups of advice that each name one scam kind ("刷单、做任务返佣金都是诈骗" for paid tasks, "网上的导师、
   * 稳赚不赔的平台都是诈骗" for investment): one advice per kind told. A tactic that names one advice of a group
   * tells that kind; a lure word that fits several (稳赚, 高回报: pretext.easy-money names both) tells none
   * alone. When some advice of a group is told, the group's advice that only such ambiguous tactics named is
   * dropped: an investment scam is not told first about order-brushing. Data: src/playbook/advice-needs.ts.
   */
  adviceExclusive: z.array(z.array(AdviceIdSchema).min(2)).default([]),
  /**
   * This playbook's advice worded in another output language: a Chinese-language scam answered in
   * English keeps China's police advice (110 / 96110, the bank's 止付), translated, rather than the
   * English playbook's advice for another country. Ids missing here fall back to that language's
   * playbook.
   */
  adviceTranslations: z.partialRecord(z.enum(['zh', 'en']), z.object({
    advice: z.partialRecord(AdviceIdSchema, z.string().min(4)),
    adviceForMessages: z.partialRecord(AdviceIdSchema, z.string().min(4)).default({}),
  }).strict()).default({}),
  /**
   * A seller's own promotion, ONE rule (the data and where it was found: src/playbook/promotion.ts; read
   * by src/score/score.ts `promotionReading` and the text model's floor): in one message, when one of the
   * `frames` fired and every other positively weighted tactic but the text model is one of its own
   * `channels` (at most `maxChannels`) or its advert `words`, with none of the `breakers` (even at weight
   * 0) and no word of each `apart` list together, its channels weigh nothing, its words weigh `factor`,
   * no composite applies and the rules' points stay below `suspicious`. `examples`: messages that read as
   * a promotion and siblings that do not, run as tests (test/playbook/faults/promotion.test.ts).
   */
  promotion: z.object({
    frames: z.record(z.string(), z.number().int().min(0)),
    channels: z.array(z.string()).min(1),
    words: z.array(z.string()),
    apart: z.tuple([z.array(z.string()), z.array(z.string())]).optional(),
    breakers: z.array(z.string()).default([]),
    factor: z.number().min(0).max(1),
    examples: z.object({ promotion: z.array(z.string()).min(1), notPromotion: z.array(z.string()).min(1) }).strict(),
  }).strict().optional(),
  /**
   * A notice of money already moved back to the reader, ONE register rule (the data and why:
   * src/playbook/notice.ts; read by src/score/score.ts `noticeReading`; the fields: `RegisterRule` above).
   * The model's positive word ends it (`modelBreaks: true`). `examples` run as tests
   * (test/playbook/faults/done-notice.test.ts, test/playbook/register-rules.test.ts).
   */
  notice: registerRule('notice', 'notNotice').optional(),
  /**
   * A payment inside a deal the reader is part of (an escrow's or the company's account, by contract), ONE
   * register rule (the data and why: src/playbook/deal.ts; read by src/score/score.ts `dealReading`).
   * `examples` run as tests (test/engine/nc12-fp.test.ts, test/playbook/register-rules.test.ts).
   */
  deal: registerRule('deal', 'notDeal').optional(),
  /**
   * Everyday lending between family and friends, paid back when said, ONE register rule (the data and why:
   * src/playbook/family-loan.ts; read by src/score/score.ts `familyLoanReading`): its words are dropped
   * from the evidence before anything else reads it. `examples` run as tests (test/engine/nc12-fp.test.ts,
   * test/playbook/register-rules.test.ts).
   */
  familyLoan: registerRule('familyLoan', 'notFamilyLoan').optional(),
  /**
   * A close relative helping with a shared screen or a remote-help app, ONE register rule (the data and why:
   * src/playbook/family-help.ts; read by src/score/score.ts `familyHelpReading`) over one message or a whole
   * conversation: its words are dropped from the evidence. `examples` run as tests (test/playbook/register-rules.test.ts).
   */
  familyHelp: registerRule('familyHelp', 'notFamilyHelp').optional(),
  /**
   * When ONE message (one turn, not a call) may be called `scam`: a report, a request that carries its
   * own story, a request with a story, or a request no legitimate sender makes (`neverAsked`) with an
   * offer or a move (selectors as in composites; the rule: src/playbook/single-message.ts, applied by
   * src/score/score.ts). Otherwise it stays below `scam`.
   */
  singleMessage: z.object({
    reports: z.array(Selector),
    /**
     * Tellings read only in ONE message (one turn): a citizen's single message telling what a stranger asked is
     * their report, but inside a conversation the other voices carry the refusal or the check one telling cannot
     * (session 17: the told asks flagged 4 held-out legitimate conversations, 2 of them `scam`). Dropped from the
     * evidence when the input has more than one turn.
     */
    tellings: z.array(Selector).default([]),
    requests: z.array(Selector).min(1),
    stories: z.array(Selector).min(1),
    offers: z.array(Selector),
    moves: z.array(Selector).min(1),
    except: z.array(Selector).default([]),
    /** Requests that carry their own story (a fee before a payout, a ransom): enough on their own. */
    standalone: z.array(Selector).default([]),
    /**
     * Requests no legitimate sender makes in a message (a code, a card and its password, a screen
     * share, money into an account it names): these count with a story, an offer or a move (to another
     * place); every other request (`requests`: an ID, a loan, a price quoted) never decides one message.
     */
    neverAsked: z.array(Selector).default([]),
    /**
     * Control of the screen or the phone (shift.screen-share, shift.remote-access): a control ask and
     * a control move never pair with each other — "开启屏幕共享" read by both playbooks of a mixed text
     * ("share your screen") is one ask, not an ask and a place — only with an ask or a move outside
     * this list ("download UltraViewer and share the access code").
     */
    control: z.array(Selector).default([]),
    /**
     * Requests outside `neverAsked` that no sender makes inside any story of its own (a brand's look-alike
     * page, your balance or credit limit, a loan taken out for the refund): they pair with any story, as a
     * `neverAsked` request does, but not with an offer or a move (a lender's advert offers loans; a page is a move).
     */
    anyStory: z.array(Selector).default([]),
    /**
     * The `neverAsked` requests for MONEY (a transfer, a payment to an account it names): a bill, a rent
     * and a school fee ask it too, so these pair only with a story outside `notices` and a move outside
     * `ownChannels` (or an offer).
     */
    money: z.array(Selector).default([]),
    /** Stories a legitimate sender tells of its own service (a refund, a payout, a parcel, an office's notice). */
    notices: z.array(Selector).default([]),
    /** A fee or a price named (a component): with a `money` request and a `notices` story, the "pay to be paid" pair. */
    fees: z.array(Selector).default([]),
    /** The sender's own channels (its link, its app): no move off the platform for a `money` request. */
    ownChannels: z.array(Selector).default([]),
    /**
     * A seller's advert marks (frames, weight 0: contact.advert). Under them what the seller sells (`sellerOffers`)
     * and its own channels complete no pair, and a `products` request is no `standalone`: each needs a story, an
     * offer it does not sell (easy money, returns) or a move off the seller's own channels (session 16, gate16).
     */
    sellerFrames: z.array(Selector).default([]),
    /**
     * A mass sender writing to its own customers (frames, weight 0: contact.official-sender). Under them (or a
     * seller's) its own channels complete no pair with `ownCodes`: the code it sent, entered on its own link, app
     * or reply, is its own confirmation, one step.
     */
    senderFrames: z.array(Selector).default([]),
    /** `neverAsked` requests a sender makes of its own under its frame: the code it sent (not a card, a password, a screen). */
    ownCodes: z.array(Selector).default([]),
    /** `standalone` requests that a seller sells under its advert (a top-up with its bonus). */
    products: z.array(Selector).default([]),
    /** `offers` a seller makes under its own advert (a gift, a discount, a loan): there no second step. */
    sellerOffers: z.array(Selector).default([]),
  }).strict().optional(),
  /**
   * The 警方提醒 of a warning bulletin (宣传, src/centre/bulletin.ts): the advice of the tactics seen
   * in the period, in `adviceOrder`, with `always` added whatever was seen, `leads` first and `closes`
   * last (each in the order listed). From the seed bulletin (/work/shared/seed/
   * refund-call-scam-article.md): verify in the platform's own app comes first, "already paid: 110 /
   * 96110 and the bank" closes.
   */
  bulletin: z.object({
    leads: z.array(AdviceIdSchema).default([]),
    always: z.array(AdviceIdSchema).default([]),
    closes: z.array(AdviceIdSchema).default([]),
  }).strict().optional(),
  /** Risk thresholds: at or above `suspicious` the verdict is suspicious, and so on. */
  thresholds: z.object({
    watch: z.number(), suspicious: z.number(), scam: z.number(),
  }).strict(),
  /** Whole-engine cases: hard negatives that must stay safe, full scams that must not. */
  cases: z.array(PlaybookCaseSchema).default([]),
}).strict();
export type PlaybookDef = z.input<typeof PlaybookSchema>;
export type Playbook = z.output<typeof PlaybookSchema>;

/** Identity helpers so tactic files get type-checking and editor help. */
export const defineTactic = (t: TacticDef): TacticDef => t;
/**
 * The option block every FRAME of a one-message rule shares — the promotion's (contact.advert,
 * contact.official-sender) and the register rules' (contact.done-notice, contact.own-deal,
 * contact.family-loan): a contact-stage component of weight 0, whoever speaks, read only by the score's
 * rules (`scoreOnly`: the signals and the model never saw it in training). A frame's file gives the rest.
 */
export const FRAME_OPTIONS = { stage: 'contact', weight: 0, role: 'component', scoreOnly: true, speaker: 'any' } as const;
export const defineFrame = (t: Omit<TacticDef, keyof typeof FRAME_OPTIONS>): TacticDef => ({ ...t, ...FRAME_OPTIONS });
export const definePlaybook = (p: PlaybookDef): PlaybookDef => p;
