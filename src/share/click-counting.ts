/**
 * One count per reader, article, network and UTC day. A reader is a salted hash of their
 * address and User-Agent (share/visitor-key); D1 remembers whose click was counted today
 * (queries/shares), and two rate-limit bindings in front of it keep repeat clicks and
 * floods from one address from costing any D1 work at all.
 */
import type { Db } from '../db/client';
import { findOrCreateDailySalt, recordShareClickOnce, utcDay } from '../queries/shares';
import { clientKey, randomSalt, visitorKey, type ClickSource } from './visitor-key';

/** The rate-limit bindings (wrangler.toml [[ratelimits]]) that guard the counters. */
export interface ShareClickLimiters {
  /**
   * SHARE_CLICKS: one click a period per visitor key. A script looping one link is stopped
   * here, before D1; D1's visitor rows still decide, since a window ends after a minute.
   */
  perVisitor: RateLimit;
  /**
   * SHARE_CLICK_CLIENTS: counted clicks a period per address. A script that varies its
   * User-Agent is a new visitor each time; this caps the rows it can make us write.
   */
  perClient: RateLimit;
}

export interface ShareClick extends ClickSource {
  articleId: number;
  network: string;
}

/** What became of a click: counted, a repeat of one already counted, or over the address budget. */
export type ClickOutcome = 'counted' | 'repeat' | 'over-budget';

// Today's salt, kept by this isolate so most clicks make no query to find it. Only the
// value is kept, never a pending promise: a promise belongs to the request that made it.
let saltOfTheDay: { day: string; salt: string } | undefined;

async function saltOf(db: Db, day: string): Promise<string> {
  if (saltOfTheDay?.day === day) return saltOfTheDay.salt;
  const salt = await findOrCreateDailySalt(db, day, randomSalt());
  saltOfTheDay = { day, salt };
  return salt;
}

/**
 * Counts `click` if its reader has not been counted for this article and network today.
 * A repeat within the limiter's period costs no D1 query once the isolate knows the salt;
 * a later repeat costs one batch that writes nothing.
 */
export async function countShareClick(db: Db, limiters: ShareClickLimiters, click: ShareClick, now = new Date()): Promise<ClickOutcome> {
  const day = utcDay(now);
  const salt = await saltOf(db, day);
  const visitor = await visitorKey(salt, click, click.articleId, click.network);
  if (!(await limiters.perVisitor.limit({ key: visitor })).success) return 'repeat';
  if (!(await limiters.perClient.limit({ key: await clientKey(salt, click) })).success) return 'over-budget';
  const counted = await recordShareClickOnce(db, { articleId: click.articleId, network: click.network, day, visitor });
  return counted ? 'counted' : 'repeat';
}
