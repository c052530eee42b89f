/**
 * What changed between two revisions, field by field, as segments the Compare screen marks
 * up with <ins>/<del>. Pure: snapshots in, segments out.
 *
 * The work is bounded whatever the bodies hold (a body may be ~200 KB): bodies are diffed
 * by lines first with a cap on the number of edits, and only changed passages of moderate
 * size are then diffed word by word, up to a budget per comparison. Past a cap the screen
 * says so ("too large to compare...") instead of burning the request's CPU.
 */
import { diffArrays, diffLines } from 'diff';
import type { ArticleState } from '../publishing';

export type SegmentKind = 'same' | 'added' | 'removed' | 'skipped';
export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface FieldComparison {
  label: string;
  /** How to show it: prose keeps line breaks, lists and values are short. */
  shape: 'prose' | 'value';
  changed: boolean;
  segments: Segment[];
  /** Said above the segments: content not kept, or too large to compare word by word. */
  notice?: string;
}

/** Line edits diffLines may find before giving up on a body (bounds its O((N+M)·D) work). */
export const MAX_LINE_EDITS = 400;
/** A changed passage (removed + added lines) longer than this is shown as whole lines. */
export const MAX_WORD_DIFF_PASSAGE = 4_000;
/** Characters diffed word by word in one comparison, over all passages. */
export const WORD_DIFF_BUDGET = 40_000;
/** Unchanged runs longer than this many lines are shortened to their first and last lines. */
const CONTEXT_LINES = 2;

const kindOf = (c: { added: boolean; removed: boolean }): SegmentKind => (c.added ? 'added' : c.removed ? 'removed' : 'same');

/**
 * Words of any script: the `diff` package's own word diffs count only Latin letters as
 * word characters, so Ukrainian words came apart letter by letter. A word is a run of
 * Unicode letters, marks and digits; spaces, line breaks and each other character stand
 * alone.
 */
const WORD_TOKENS = /[\p{L}\p{M}\p{N}_]+|\r?\n|[^\S\r\n]+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** Word-level diff of two texts, or undefined past `maxEditLength` word edits. */
export function diffWords(before: string, after: string, maxEditLength: number): Segment[] | undefined {
  const changes = diffArrays(before.match(WORD_TOKENS) ?? [], after.match(WORD_TOKENS) ?? [], { maxEditLength });
  if (!changes) return undefined;
  const segments: Segment[] = [];
  for (const change of changes) {
    const kind = kindOf(change);
    const text = change.value.join('');
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) segments.push({ kind, text });
  }
  return segments;
}

const replaced = (before: string, after: string): Segment[] => [
  ...(before ? [{ kind: 'removed' as const, text: before }] : []),
  ...(after ? [{ kind: 'added' as const, text: after }] : []),
];

/** Word-level diff of short prose (headline, standfirst). */
export function diffProse(before: string, after: string): Segment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  if (before.length + after.length > MAX_WORD_DIFF_PASSAGE) return replaced(before, after);
  return diffWords(before, after, 1_000) ?? replaced(before, after);
}

/** Lines first, then words within changed passages, within the caps above. */
export function diffBody(before: string, after: string): { segments: Segment[]; notice?: string } {
  if (before === after) return { segments: shortenSame(before) };
  const lines = diffLines(before, after, { maxEditLength: MAX_LINE_EDITS });
  if (!lines) {
    return { segments: [], notice: `Too large to compare word by word: more than ${MAX_LINE_EDITS} lines changed (${before.length.toLocaleString('en')} characters before, ${after.length.toLocaleString('en')} after).` };
  }
  const segments: Segment[] = [];
  let budget = WORD_DIFF_BUDGET;
  let wholeLines = false;
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i]!;
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      const size = change.value.length + next.value.length;
      const words = size <= MAX_WORD_DIFF_PASSAGE && size <= budget ? diffWords(change.value, next.value, 500) : undefined;
      if (words) {
        budget -= size;
        segments.push(...words);
      } else {
        wholeLines = true;
        segments.push(...replaced(change.value, next.value));
      }
      i++;
    } else if (change.added || change.removed) {
      segments.push({ kind: change.added ? 'added' : 'removed', text: change.value });
    } else {
      segments.push(...shortenSame(change.value));
    }
  }
  return { segments, notice: wholeLines ? 'Some changed passages are too large to compare word by word: they are shown as whole lines.' : undefined };
}

/** An unchanged run, with its middle left out when it is long. */
function shortenSame(text: string): Segment[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= 2 * CONTEXT_LINES + 1) return text ? [{ kind: 'same', text }] : [];
  return [
    { kind: 'same', text: lines.slice(0, CONTEXT_LINES).join('') },
    { kind: 'skipped', text: `${lines.length - 2 * CONTEXT_LINES} unchanged lines\n` },
    { kind: 'same', text: lines.slice(-CONTEXT_LINES).join('') },
  ];
}

/** Items added and removed between two lists (tags, sources, related stories). */
export function diffList(before: string[], after: string[]): Segment[] {
  return diffArrays(before, after).flatMap((c) => c.value.map((item): Segment => ({ kind: kindOf(c), text: item })));
}

export const diffValue = (before: string, after: string): Segment[] => (before === after ? (before ? [{ kind: 'same', text: before }] : []) : replaced(before, after));

/** Fields a compacted snapshot still holds (publishing/revision-retention). */
const KEPT_WHEN_COMPACTED = new Set(['Headline', 'Slug', 'Status']);

type Snapshot = Partial<ArticleState>;
type Field = { label: string; shape: 'prose' | 'value'; compare: (a: Snapshot, b: Snapshot) => { segments: Segment[]; notice?: string } };

const text = (read: (s: Snapshot) => string | null | undefined) => (a: Snapshot, b: Snapshot) => ({ segments: diffValue(read(a) ?? '', read(b) ?? '') });
const list = (read: (s: Snapshot) => string[]) => (a: Snapshot, b: Snapshot) => ({ segments: diffList(read(a), read(b)) });

/** Every field people edit, in the order of the story editor; `formatTime` shows times in the site's zone. */
function fields(formatTime: (ms: number | null | undefined) => string): Field[] {
  return [
    { label: 'Headline', shape: 'prose', compare: (a, b) => ({ segments: diffProse(a.title ?? '', b.title ?? '') }) },
    { label: 'Standfirst', shape: 'prose', compare: (a, b) => ({ segments: diffProse(a.dek ?? '', b.dek ?? '') }) },
    { label: 'Body Markdown', shape: 'prose', compare: (a, b) => diffBody(a.bodySource ?? '', b.bodySource ?? '') },
    { label: 'Section', shape: 'value', compare: text((s) => s.sectionSlug) },
    { label: 'Tags', shape: 'value', compare: list((s) => (s.tags ?? []).map((t) => t.slug)) },
    { label: 'Byline', shape: 'value', compare: text((s) => s.authorSlug) },
    { label: 'Language', shape: 'value', compare: text((s) => s.language) },
    { label: 'Sources', shape: 'value', compare: list((s) => (s.sources ?? []).map((x) => `${x.name} (${x.url})`)) },
    { label: 'Previously reported', shape: 'value', compare: list((s) => (s.relatedIds ?? []).map((id) => `story ${id}`)) },
    { label: 'Slug', shape: 'value', compare: text((s) => s.slug) },
    { label: 'Canonical URL', shape: 'value', compare: text((s) => s.canonicalUrl) },
    { label: 'Status', shape: 'value', compare: text((s) => s.status) },
    { label: 'Published at', shape: 'value', compare: text((s) => formatTime(s.publishedAt)) },
    { label: 'Scheduled for', shape: 'value', compare: text((s) => formatTime(s.scheduledAt)) },
  ];
}

export interface ComparedRevision {
  revision: number;
  compacted: boolean;
  snapshot: Snapshot;
}

/** Field-by-field comparison of `from` and `to`. */
export function compareRevisions(from: ComparedRevision, to: ComparedRevision, formatTime: (ms: number | null | undefined) => string): FieldComparison[] {
  const lost = [from, to].filter((r) => r.compacted).map((r) => r.revision);
  return fields(formatTime).map((field) => {
    if (lost.length && !KEPT_WHEN_COMPACTED.has(field.label)) {
      return { label: field.label, shape: field.shape, changed: false, segments: [], notice: `Not kept: revision ${lost.join(' and ')} is old, and only its headline, slug and status were kept.` };
    }
    const { segments, notice } = field.compare(from.snapshot, to.snapshot);
    return { label: field.label, shape: field.shape, changed: segments.some((s) => s.kind === 'added' || s.kind === 'removed'), segments, notice };
  });
}
