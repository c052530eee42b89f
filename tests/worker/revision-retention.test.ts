/** Storage per article is bounded: the newest revisions keep full snapshots, older ones are thinned, the oldest go. */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEEP_FULL_SNAPSHOTS, KEEP_REVISION_ROWS } from '../../src/publishing/revision-retention';
import { api, createDraft, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

let editor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

/** Saves `count` edits of a long body in a row, as an autosaving editor would. */
async function saveMany(id: number, etag: string, count: number, body: string) {
  for (let i = 1; i <= count; i++) {
    const res = await api(`/articles/${id}`, { token: editor, method: 'PATCH', json: { body: `${body} (wersja ${i})` }, headers: { 'if-match': etag } });
    expect(res.status).toBe(200);
    etag = (await res.json<{ etag: string }>()).etag;
  }
}

const storedRevisions = (id: number) =>
  env.DB.prepare('select count(*) as rows, sum(compacted = 0) as full, sum(length(cast(snapshot as blob))) as bytes, max(length(cast(snapshot as blob))) as largestCompacted from revisions where article_id = ? group by compacted = 0 order by compacted = 0')
    .bind(id).all<{ rows: number; full: number; bytes: number; largestCompacted: number }>();

describe('revision retention', () => {
  const body = 'Radni spierali się do północy o budżet portu. '.repeat(800);

  it(`keeps ${KEEP_FULL_SNAPSHOTS} full snapshots, thins the rest to their metadata, and refuses to restore a thinned one`, async () => {
    const draft = await createDraft(editor, { title: 'Budżet portu: radni spierali się do północy', body });
    await saveMany(draft.id, draft.etag, KEEP_FULL_SNAPSHOTS + 10, body);
    const [compacted, full] = (await storedRevisions(draft.id)).results;
    expect(full!.rows).toBe(KEEP_FULL_SNAPSHOTS);
    expect(compacted!.rows).toBe(11);
    expect(compacted!.largestCompacted).toBeLessThan(500);
    expect(full!.bytes).toBeGreaterThan(KEEP_FULL_SNAPSHOTS * body.length);

    const list = await (await api(`/articles/${draft.id}/revisions`, { token: editor })).json<{ items: { revision: number; compacted: boolean }[] }>();
    expect(list.items).toHaveLength(KEEP_FULL_SNAPSHOTS + 11);
    expect(list.items.filter((r) => r.compacted).map((r) => r.revision)).toEqual(Array.from({ length: 11 }, (_, i) => 11 - i));

    const old = await api(`/articles/${draft.id}/revisions/1`, { token: editor });
    expect(await old.json()).toMatchObject({ compacted: true, snapshot: { title: 'Budżet portu: radni spierali się do północy', status: 'draft' } });
    const restoreOld = await api(`/articles/${draft.id}/revisions/1/restore`, { token: editor, method: 'POST' });
    expect(restoreOld.status).toBe(410);
    expect((await restoreOld.json<{ error: { code: string } }>()).error.code).toBe('revision_compacted');
    const restoreRecent = await api(`/articles/${draft.id}/revisions/${KEEP_FULL_SNAPSHOTS}/restore`, { token: editor, method: 'POST' });
    expect(restoreRecent.status).toBe(200);
  });

  it(`keeps at most ${KEEP_REVISION_ROWS} revision rows`, async () => {
    const draft = await createDraft(editor, { title: 'Autosave marathon' });
    // Straight to the limit: insert history rows as if the story had been saved many times.
    const history = Array.from({ length: KEEP_REVISION_ROWS + 4 }, (_, i) =>
      env.DB.prepare(`insert into revisions (article_id, revision, action, snapshot, compacted) values (?, ?, 'update', '{"title":"x"}', 1)`).bind(draft.id, i + 2),
    );
    await env.DB.batch(history);
    await env.DB.prepare('update articles set revision = ? where id = ?').bind(KEEP_REVISION_ROWS + 5, draft.id).run();
    const current = await (await api(`/articles/${draft.id}`, { token: editor })).json<{ etag: string }>();
    await saveMany(draft.id, current.etag, 1, 'One more save.');
    const { results } = await env.DB.prepare('select count(*) as n, min(revision) as oldest from revisions where article_id = ?').bind(draft.id).all<{ n: number; oldest: number }>();
    expect(results[0]!.n).toBe(KEEP_REVISION_ROWS);
    expect(results[0]!.oldest).toBe(KEEP_REVISION_ROWS + 6 - KEEP_REVISION_ROWS + 1);
  });
});
