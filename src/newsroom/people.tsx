/** @jsxImportSource hono/jsx */
/**
 * /newsroom/people (admins; docs/newsroom.md "People and tokens"): the list, invitations,
 * and one page per person with role, byline, access and passkeys. The writes and their
 * audit entries are in people-actions.tsx; invitation links come from invitations.ts, as the
 * invite CLI makes them.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { fieldDetails } from '../routes/editor/request-body';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { personActor } from './identity';
import { invitationPath } from './invitations';
import * as actions from './people-actions';
import { LinkShownOnce, PeopleListPage, PersonPage, type PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { asPageState } from './screen-requests';
import { authorChoices } from './taxonomy-kinds';
import { PAGE_SIZE, pageNumber } from './taxonomy';

const personId = (c: Context<NewsroomEnv>) => {
  const raw = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new HttpError(404, 'not_found', 'No such person', { field: 'id' });
  return Number(raw);
};
const form = async (c: Context<NewsroomEnv>) => (await c.req.parseBody()) as Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const DONE: Record<string, string> = {
  role: 'Role changed.', byline: 'Byline set.', deactivate: 'Deactivated: their sessions have ended.', reactivate: 'Reactivated.',
  'sign-out-everywhere': 'Signed out on every device.', 'passkey-removed': 'Passkey removed.',
};

async function personPage(c: Context<NewsroomEnv>, id: number, state: PageState = {}, status?: RenderOptions['status']) {
  const [person, authors, settings] = await Promise.all([actions.findPerson(c.var.db, id), authorChoices(c.var.db), readSiteSettings(c.var.db, c.env)]);
  const body = <PersonPage person={person} authors={authors} csrf={c.var.person.csrfToken} settings={settings} state={state} />;
  return renderNewsroom(c, person.name, body, { person: c.var.person, status });
}

async function listPage(c: Context<NewsroomEnv>, page: number, invite?: PageState, status?: RenderOptions['status']) {
  const [rows, settings] = await Promise.all([actions.listPeople(c.var.db, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE), readSiteSettings(c.var.db, c.env)]);
  const body = <PeopleListPage people={rows.slice(0, PAGE_SIZE)} page={page} hasNext={rows.length > PAGE_SIZE} csrf={c.var.person.csrfToken} settings={settings} invite={invite} />;
  return renderNewsroom(c, 'People', body, { person: c.var.person, status });
}

/** An action's refusal (400, 409) shown on the person's page; anything else propagates. */
function refused(c: Context<NewsroomEnv>, id: number, error: unknown, values?: Record<string, unknown>) {
  const refusal = asPageState(error, values);
  return personPage(c, id, refusal.state, refusal.status);
}

/** Runs one change on person :id, then back to their page with what happened. */
const personAction = (done: keyof typeof DONE, run: (c: Context<NewsroomEnv>, id: number, body: Record<string, unknown>) => Promise<unknown>) =>
  async (c: Context<NewsroomEnv>) => {
    const id = personId(c);
    const body = await form(c);
    try {
      await run(c, id, body);
    } catch (error) {
      return refused(c, id, error, body);
    }
    return c.redirect(`/newsroom/people/${id}?done=${done}`, 303);
  };

export const peopleScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('admin'))
  .get('/', (c) => listPage(c, pageNumber(c.req.query('page'))))
  .post('/', async (c) => {
    const body = await form(c);
    const parsed = actions.inviteSchema.safeParse({ name: text(body.name), email: text(body.email).trim(), role: text(body.role) });
    if (!parsed.success) return listPage(c, 1, { values: body, errors: fieldDetails(parsed.error).fields, message: 'Check the fields marked below.', error: true }, 400);
    let token: string;
    try {
      token = await actions.invite(c.var.db, await personActor(c), parsed.data);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 409) throw error;
      return listPage(c, 1, { values: body, errors: (error.details as { fields: Record<string, string[]> }).fields, message: error.message, error: true }, 409);
    }
    const note = `${parsed.data.name} is invited as ${parsed.data.role}: this link lets them create a passkey and sign in.`;
    return renderNewsroom(c, 'Invitation link', <LinkShownOnce heading="Invitation link" url={`${c.var.origin}${invitationPath(token)}`} note={note} />, { person: c.var.person });
  })
  .get('/:id', (c) => personPage(c, personId(c), { message: DONE[c.req.query('done') ?? ''] }))
  .post('/:id/role', personAction('role', async (c, id, body) => {
    const role = actions.roleSchema.safeParse(text(body.role));
    if (!role.success) throw new HttpError(400, 'validation_error', 'Choose a role', { fields: { role: ['choose contributor, editor or admin'] } });
    await actions.changeRole(c.var.db, await personActor(c), id, role.data);
  }))
  .post('/:id/byline', personAction('byline', async (c, id, body) => actions.setByline(c.var.db, await personActor(c), id, text(body.author).trim() || null)))
  .post('/:id/deactivate', personAction('deactivate', async (c, id) => actions.setActive(c.var.db, await personActor(c), id, false)))
  .post('/:id/reactivate', personAction('reactivate', async (c, id) => actions.setActive(c.var.db, await personActor(c), id, true)))
  .post('/:id/sign-out-everywhere', personAction('sign-out-everywhere', async (c, id) => actions.signOutEverywhere(c.var.db, await personActor(c), id)))
  .post('/:id/passkeys/remove', personAction('passkey-removed', async (c, id, body) => actions.removePasskey(c.var.db, await personActor(c), id, text(body.passkey))))
  .post('/:id/recovery', async (c) => {
    const id = personId(c);
    let token: string;
    try {
      token = await actions.recoveryLink(c.var.db, await personActor(c), id);
    } catch (error) {
      return refused(c, id, error);
    }
    const person = await actions.findPerson(c.var.db, id);
    const note = `With this link ${person.name} registers a new passkey; their other passkeys keep working until you remove them.`;
    return renderNewsroom(c, 'Recovery link', <LinkShownOnce heading="Recovery link" url={`${c.var.origin}${invitationPath(token)}`} note={note} />, { person: c.var.person });
  });
