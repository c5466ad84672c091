/**
 * Demo traffic for `fanzha ingest`: N calls (default 200; half scam, half genuine service calls,
 * from the playbooks' own cases), turns interleaved as live calls arrive, one JSON event a line.
 *   npx tsx scripts/stream-demo.ts 200 > calls.jsonl
 */
import { demoEvents } from '../src/stream/demo.ts';

const n = Number(process.argv[2] ?? 200);
if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
  process.stderr.write('usage: npx tsx scripts/stream-demo.ts [CALLS: 1–1000000]\n');
  process.exit(2);
}
const { events } = demoEvents(n, 'demo');
process.stdout.write(events.map((e) => JSON.stringify(e)).join('\n') + '\n');
