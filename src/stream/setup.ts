/** The stream layout every ingest and worker agrees on: the partition count and the consumer groups. */
import type { Cluster, Redis } from 'ioredis';
import { GROUP, type StreamKeys } from './events.ts';

export const DEFAULT_PARTITIONS = 16;

/**
 * The partition count stored in Redis (the first process to start fixes it), with every
 * partition's stream and consumer group created. A different count asked for later is an error:
 * changing it would move sessions between partitions and break their order.
 */
/** A partition count the stream cannot take (out of range, or not the one it has): the caller's input, not Redis failing. */
export class PartitionMismatch extends Error {}

export async function ensurePartitions(redis: Redis | Cluster, keys: StreamKeys, wanted?: number): Promise<number> {
  if (wanted !== undefined && !(Number.isInteger(wanted) && wanted >= 1 && wanted <= 4096)) {
    throw new PartitionMismatch(`partitions must be an integer from 1 to 4096, not ${wanted}`);
  }
  await redis.set(keys.partitions, String(wanted ?? DEFAULT_PARTITIONS), 'NX');
  const stored = Number(await redis.get(keys.partitions));
  if (!Number.isInteger(stored) || stored < 1) throw new Error(`${keys.partitions} in Redis is not a partition count`);
  if (wanted !== undefined && wanted !== stored) {
    throw new PartitionMismatch(`the stream has ${stored} partitions (${keys.partitions}); asked for ${wanted}`);
  }
  for (let p = 0; p < stored; p++) {
    try {
      await redis.xgroup('CREATE', keys.events(p), GROUP, '0', 'MKSTREAM');
    } catch (e) {
      if (!String((e as Error).message).includes('BUSYGROUP')) throw e;
    }
  }
  return stored;
}
