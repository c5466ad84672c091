/**
 * The entity cue's one option about published numbers, `notOfficial` (src/playbook/schema.ts): a
 * phone number counts only when it could be the counterpart's own line — a mobile or a landline the
 * number checker does not list as a platform's or an office's. Judged on a playbook of one tactic,
 * so the option's meaning is tested apart from any tactic's words.
 */
import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../../src/match/compile.ts';
import { matchTurn } from '../../src/match/match.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import type { PlaybookDef } from '../../src/playbook/schema.ts';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';

const five = ['a', 'b', 'c', 'd', 'e'];

/** The Chinese playbook's words and advice with one tactic of its own: no composite, no other cue. */
function book(notOfficial: boolean): PlaybookDef {
  return {
    ...zhPlaybook,
    tactics: [{
      id: 'shift.call-this', stage: 'shift', weight: 10,
      description: { zh: '让您拨打对方给的号码', en: 'Tells you to call their number' },
      cues: [{ entity: 'phone', near: ['拨打'], within: 12, notOfficial }],
      examples: { positive: five, negative: five },
    }],
    composites: [],
    singleMessage: undefined,
    promotion: undefined,
    adviceNeeds: {},
    cases: [],
  };
}

const mark = compilePlaybook(book(true));
const plain = compilePlaybook(book(false));

function fires(cp: typeof mark, text: string): boolean {
  const n = normalise(text);
  return matchTurn(cp, n.text, extractEntities(n.text), 'caller').length > 0;
}

describe('entity cue notOfficial (phone numbers)', () => {
  it.each([
    ['a mobile', '请拨打 13812345678 办理'],
    ['a virtual-carrier mobile', '请拨打 17012345678 办理'],
    ['an unlisted landline', '请拨打 0571-86651234 办理'],
    ['a mobile that contains 95', '请拨打 19527314408 办理'],
  ])('counts %s', (_, text) => {
    expect(fires(mark, text)).toBe(true);
    expect(fires(plain, text)).toBe(true);
  });

  it.each([
    ['a bank\'s 95 line', '请拨打 95588 办理'],
    ['a government short number', '请拨打 12333 办理'],
    ['a carrier\'s 100xx', '请拨打 10086 办理'],
    ['the anti-fraud line', '请拨打 96110 办理'],
    ['a 400 business line', '请拨打 400-820-8820 办理'],
    ['an 800 line', '请拨打 800-820-8820 办理'],
    ['a platform\'s listed landline (Taobao, Hangzhou)', '请拨打 0571-88158198 办理'],
    ['a platform\'s listed landline (Tencent, Shenzhen)', '请拨打 0755-83765566 办理'],
  ])('does not count %s, which the plain cue counts', (_, text) => {
    expect(fires(mark, text)).toBe(false);
    expect(fires(plain, text)).toBe(true);
  });

  it('a published number beside an unpublished one: the unpublished one counts', () => {
    expect(fires(mark, '请拨打 95588 或拨打 13812345678 办理')).toBe(true);
  });

  it('is refused on anything but a phone number, when the playbook is compiled', () => {
    const def = book(true);
    def.tactics[0]!.cues = [{ entity: 'url', notOfficial: true }];
    expect(() => compilePlaybook(def)).toThrow(/notOfficial applies to phone numbers only/);
  });
});
