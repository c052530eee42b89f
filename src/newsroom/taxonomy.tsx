/** @jsxImportSource hono/jsx */
/**
 * /newsroom/sections, /tags and /authors: one factory, parameterised by kind
 * (taxonomy-kinds.tsx). Listing is open to every role, as in the editor API; each write
 * needs the API's role for it and runs the API's own write function (taxonomy-writes), so
 * slugs, 409s and cache purges behave the same. There is no merge: the API has none.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { hasRole } from '../middleware/editor-auth';
import { fieldDetails } from '../routes/editor/request-body';
import { writeScope } from '../routes/editor/taxonomy-writes';
import { slugSchema } from '../schemas/common';
import type { NewsroomEnv } from './env';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { AUTHORS, formToInput, SECTIONS, TAGS, type TaxonomyKind } from './taxonomy-kinds';
import { TaxonomyEditPage, TaxonomyListPage, type FieldErrors } from './taxonomy-views';

export const PAGE_SIZE = 50;

/** ?page=N, 1 when absent; anything else that is not a page number is a 400. */
export function pageNumber(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new HttpError(400, 'invalid_page', 'page must be a whole number from 1', { field: 'page' });
  return Number(value);
}

/** Fixed words for ?done=: the query string picks one, it never puts text on the page. */
const DONE: Record<string, string> = { created: 'Created.', saved: 'Saved.', deleted: 'Deleted.' };

interface FormState {
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  message?: string;
  error?: boolean;
  status?: RenderOptions['status'];
}

/** A refused write, as the form shows it: 400 with every field's errors, 409 with the reason. */
function refusal(error: unknown, values: Record<string, unknown>): FormState {
  if (!(error instanceof HttpError) || (error.status !== 409 && error.status !== 400)) throw error;
  const fields = (error.details as { fields?: FieldErrors } | null)?.fields;
  return { values, errors: fields, message: error.message, error: true, status: error.status };
}

export function taxonomyScreens(kind: TaxonomyKind) {
  const base = `/newsroom/${kind.path}`;
  const may = (c: Context<NewsroomEnv>, action: keyof TaxonomyKind['roles']) => hasRole(c.var.person.role, kind.roles[action]);

  async function listPage(c: Context<NewsroomEnv>, page: number, state: FormState) {
    const rows = await kind.page(c.var.db, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    const body = <TaxonomyListPage kind={kind} rows={rows.slice(0, PAGE_SIZE)} page={page} hasNext={rows.length > PAGE_SIZE} canCreate={may(c, 'create')} csrf={c.var.person.csrfToken} {...state} />;
    return renderNewsroom(c, kind.plural, body, { person: c.var.person, status: state.status });
  }

  async function findOr404(c: Context<NewsroomEnv>) {
    const slug = c.req.param('slug') ?? '';
    const row = slugSchema.safeParse(slug).success ? await kind.find(c.var.db, slug) : undefined;
    if (!row) throw new HttpError(404, 'not_found', `No ${kind.singular} "${slug.slice(0, 120)}"`);
    return row;
  }

  async function editPage(c: Context<NewsroomEnv>, state: FormState) {
    const row = await findOr404(c);
    const body = <TaxonomyEditPage kind={kind} row={row} canUpdate={may(c, 'update')} canDelete={may(c, 'delete')} csrf={c.var.person.csrfToken} {...state} />;
    return renderNewsroom(c, row.name, body, { person: c.var.person, status: state.status });
  }

  return new Hono<NewsroomEnv>()
    .get('/', (c) => listPage(c, pageNumber(c.req.query('page')), { message: DONE[c.req.query('done') ?? ''] }))
    .post('/', requirePersonRole(kind.roles.create), async (c) => {
      const form = await c.req.parseBody();
      const parsed = kind.createSchema.safeParse(formToInput(kind, form, false));
      if (!parsed.success) return listPage(c, 1, { values: form, errors: fieldDetails(parsed.error).fields, message: 'Check the fields marked below.', error: true, status: 400 });
      try {
        const row = await kind.create(writeScope(c), parsed.data as never);
        return c.redirect(`${base}/${row.slug}?done=created`, 303);
      } catch (error) {
        return listPage(c, 1, refusal(error, form));
      }
    })
    .get('/:slug', (c) => editPage(c, { message: DONE[c.req.query('done') ?? ''] }))
    .post('/:slug', requirePersonRole(kind.roles.update), async (c) => {
      const row = await findOr404(c);
      const form = await c.req.parseBody();
      const parsed = kind.updateSchema.safeParse(formToInput(kind, form, true));
      if (!parsed.success) return editPage(c, { values: form, errors: fieldDetails(parsed.error).fields, message: 'Check the fields marked below.', error: true, status: 400 });
      try {
        const saved = await kind.update(writeScope(c), row.slug, parsed.data as never);
        return c.redirect(`${base}/${saved.slug}?done=saved`, 303);
      } catch (error) {
        return editPage(c, refusal(error, form));
      }
    })
    .post('/:slug/delete', requirePersonRole(kind.roles.delete), async (c) => {
      const row = await findOr404(c);
      try {
        await kind.remove(writeScope(c), row.slug);
        return c.redirect(`${base}?done=deleted`, 303);
      } catch (error) {
        return editPage(c, refusal(error, row));
      }
    });
}

export const sectionScreens = taxonomyScreens(SECTIONS);
export const tagScreens = taxonomyScreens(TAGS);
export const authorScreens = taxonomyScreens(AUTHORS);
