/**
 * A bulletin's 警方提醒 follows the playbook's `bulletin` data (src/playbook/schema.ts): which advice
 * leads, which is always there, which closes; the tactics seen add their own advice in between, in
 * `adviceOrder`. Nothing about advice ids is written in src/centre/bulletin.ts.
 */
import { describe, expect, it } from 'vitest';
import { bulletinAdvice, draftBulletin, type BulletinInput } from '../../src/centre/bulletin.ts';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';
import type { AdviceId, PlaybookDef } from '../../src/playbook/schema.ts';

const text = (id: AdviceId): string => zhPlaybook.advice[id]!;

const input: BulletinInput = {
  from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 8),
  tacticsSeen: ['pretext.quality-refund', 'shift.screen-share', 'extract.loan'],
  platforms: ['淘宝'], cases: [], alerts: 12, stopped: 3,
};

/** The numbered lines after "警方提醒" in the draft. */
function reminders(md: string): string[] {
  return md.split('\n').filter((l) => /^[0-9]+、/.test(l)).map((l) => l.replace(/^[0-9]+、/, ''))
    .filter((l) => Object.values(zhPlaybook.advice).includes(l));
}

describe('bulletin advice from the playbook', () => {
  it('the shipped data: verify in the app first, the code always, "already paid" last, the tactics\' advice between', () => {
    const list = bulletinAdvice(input.tacticsSeen);
    expect(list[0]).toBe(text('hang-up-verify-in-app'));
    expect(list.at(-1)).toBe(text('already-paid'));
    expect(list).toContain(text('never-share-code'));
    expect(list).toContain(text('no-screen-share'));
    expect(list).toContain(text('no-loan'));
    expect(new Set(list).size).toBe(list.length);
    expect(reminders(draftBulletin(input).markdown)).toEqual(list);
  });

  it('with nothing seen, only the leading, the always and the closing advice', () => {
    expect(bulletinAdvice([])).toEqual([text('hang-up-verify-in-app'), text('never-share-code'), text('already-paid')]);
  });

  it('follows changed data: other leads and closes, in the order listed, and no advice twice', () => {
    const book: PlaybookDef = {
      ...zhPlaybook,
      bulletin: { leads: ['tell-family', 'never-share-card'], always: ['check-domain'], closes: ['no-loan', 'tell-family'] },
    };
    const list = bulletinAdvice(input.tacticsSeen, book);
    expect(list.slice(0, 2)).toEqual([text('tell-family'), text('never-share-card')]);
    expect(list.at(-1)).toBe(text('no-loan'));
    expect(list).toContain(text('check-domain'));
    expect(list).toContain(text('no-screen-share'));
    expect(list.filter((a) => a === text('tell-family'))).toHaveLength(1);
    // extract.loan names "already paid" itself: in between now, in adviceOrder, no longer last.
    expect(list.slice(2, -1)).toContain(text('already-paid'));
    expect(reminders(draftBulletin(input, book).markdown)).toEqual(list);
  });

  it('a playbook without a bulletin section gives the tactics\' advice alone, in adviceOrder', () => {
    const book: PlaybookDef = { ...zhPlaybook, bulletin: undefined };
    const list = bulletinAdvice(['shift.screen-share'], book);
    expect(list).toContain(text('no-screen-share'));
    expect(list).not.toContain(text('never-share-code'));
    expect(list).not.toContain(text('already-paid'));
    const order = zhPlaybook.adviceOrder.map(text);
    expect([...list].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(list);
  });
});
