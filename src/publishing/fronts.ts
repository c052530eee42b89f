/**
 * The one write path of curated fronts (docs/fronts.md): validate the slots, then in one D1
 * batch bump the front's revision (optimistic concurrency in SQL), replace its slots, write
 * the audit entry and the purge-outbox row; then purge the front's tag. Only pages showing
 * the front carry that tag (the page, its lite twin, its JSON); feeds stay chronological.
 */
import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { fronts, frontSlots } from '../db/schema';
import type { PurgeReceipt } from '../edge-cache/outbox';
import { purgeOutboxInsert } from '../edge-cache/outbox';
import { cacheTag } from '../edge-cache/tags';
import { articlesForSlots, type FrontRef } from '../queries/fronts';
import type { PutFrontInput } from '../schemas/fronts';
import type { PublishingDeps } from './deps';
import { invalidFields, PublishingError } from './errors';
import { auditEntry, type Actor } from './write-change';

interface SlotChoice { field: string; position: number; id: number; until: number | null; untilRaw: string | null }

/** Slots in storage order: the lead at position 0, top stories from 1; each named as the API names it. */
function slotChoices(input: PutFrontInput): SlotChoice[] {
  const normalize = (slot: NonNullable<PutFrontInput['lead']>) => (typeof slot === 'number' ? { id: slot, until: null } : { id: slot.id, until: slot.until ?? null });
  const chosen = [...(input.lead === null ? [] : [{ field: 'lead', position: 0, slot: input.lead }]), ...input.top.map((slot, i) => ({ field: `top[${i}]`, position: i + 1, slot }))];
  return chosen.map(({ field, position, slot }) => {
    const { id, until } = normalize(slot);
    return { field, position, id, until: until === null ? null : Date.parse(until), untilRaw: until };
  });
}

/** Why each slot cannot be used, by field (`top[2]`): unknown, draft, unpublished or trashed stories, repeats, past expiries. */
async function slotProblems(db: Db, choices: SlotChoice[], now: number): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const found = new Map((await articlesForSlots(db, [...new Set(choices.map((c) => c.id))])).map((row) => [row.id, row]));
  const firstField = new Map<number, string>();
  for (const choice of choices) {
    const article = found.get(choice.id);
    if (firstField.has(choice.id)) add(choice.field, `article ${choice.id} is already in ${firstField.get(choice.id)}`);
    else firstField.set(choice.id, choice.field);
    if (!article) add(choice.field, `no article ${choice.id}`);
    else if (article.deletedAt !== null) add(choice.field, `article ${choice.id} is in the trash`);
    else if (article.status === 'draft') add(choice.field, `article ${choice.id} is a draft: publish or schedule it first`);
    else if (article.status === 'unpublished') add(choice.field, `article ${choice.id} is unpublished`);
    if (choice.until !== null && choice.until <= now) add(`${choice.field}.until`, `${choice.untilRaw} is not in the future`);
  }
  return problems;
}

export interface FrontChange {
  revision: number;
  /** The purge of the front's pages (null only if the purge returned no receipt). */
  purge: PurgeReceipt | null;
}

/**
 * Sets the slots of `front` if, and only if, it is still at `expectedRevision` (0: never
 * set). A stale writer gets `stale_revision`; bad slots get `invalid_input` naming them.
 */
export async function setFront(db: Db, deps: PublishingDeps, actor: Actor, front: FrontRef, input: PutFrontInput, expectedRevision: number): Promise<FrontChange> {
  const now = deps.now();
  const choices = slotChoices(input);
  const problems = await slotProblems(db, choices, now);
  if (Object.keys(problems).length) throw invalidFields(problems);

  const revision = expectedRevision + 1;
  // NULL (a NOT NULL violation that rolls the whole batch back) unless the front is still at the expected revision.
  const nextRevision = sql`(select case when coalesce((select revision from fronts where name = ${front.key}), 0) = ${expectedRevision} then ${revision} end)`;
  // Only the pages showing this front carry its tag: the page, its lite twin and its JSON.
  const tags = [cacheTag.front(front.name)];
  const statements: BatchItem<'sqlite'>[] = [
    db
      .insert(fronts)
      .values({ name: front.key, revision: nextRevision as unknown as number, updatedAt: new Date(now), updatedByTokenId: actor.tokenId })
      .onConflictDoUpdate({
        target: fronts.name,
        set: { revision: sql`excluded.revision`, updatedAt: sql`excluded.updated_at`, updatedByTokenId: sql`excluded.updated_by_token_id` },
      }),
    db.delete(frontSlots).where(eq(frontSlots.front, front.key)),
    ...(choices.length
      ? [db.insert(frontSlots).values(choices.map((c) => ({ front: front.key, position: c.position, articleId: c.id, expiresAt: c.until === null ? null : new Date(c.until) })))]
      : []),
    auditEntry(db, actor, 'front.set', null, { front: front.name, revision, slots: choices.map((c) => ({ slot: c.field, id: c.id, until: c.untilRaw })) }),
    // Last: its result is the outbox row purged right after.
    purgeOutboxInsert(db, tags, `front ${front.name} set`),
  ];
  let outboxId: number;
  try {
    const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    outboxId = (results.at(-1) as { id: number }[])[0]!.id;
  } catch (error) {
    const [current] = await db.select({ revision: fronts.revision }).from(fronts).where(eq(fronts.name, front.key));
    if ((current?.revision ?? 0) !== expectedRevision) throw new PublishingError('stale_revision', 'The front changed since you read it; fetch it again and reapply your change');
    throw error;
  }
  const receipt = await deps.purge(tags, outboxId);
  return { revision, purge: receipt && typeof receipt === 'object' && 'status' in receipt ? (receipt as PurgeReceipt) : null };
}
