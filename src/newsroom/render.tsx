/** @jsxImportSource hono/jsx */
/** How every newsroom screen answers: one document shell, and one role check. */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Child } from 'hono/jsx';
import { HttpError } from '../http/errors';
import { hasRole } from '../middleware/editor-auth';
import type { PersonRole } from '../db/schema';
import type { NewsroomEnv } from './env';
import type { SignedInPerson } from './sessions';
import { NewsroomDocument } from './views';

export interface RenderOptions {
  person?: SignedInPerson;
  passkeys?: boolean;
  /** Extra same-origin scripts of the page (built by scripts/build-newsroom.ts). */
  scripts?: string[];
  status?: 200 | 400 | 403 | 404 | 409 | 412 | 422;
}

export const renderNewsroom = (c: Context<NewsroomEnv>, title: string, body: Child, options: RenderOptions = {}) =>
  c.html(
    '<!doctype html>' +
      (
        <NewsroomDocument title={title} siteName={c.env.SITE_NAME} person={options.person} passkeys={options.passkeys} scripts={options.scripts}>
          {body}
        </NewsroomDocument>
      ),
    options.status ?? 200,
  );

/** 403 unless the signed-in person's role is at least `minimum` (the editor API's ranking). */
export const requirePersonRole = (minimum: PersonRole) =>
  createMiddleware<NewsroomEnv>(async (c, next) => {
    const role = c.var.person.role;
    if (!hasRole(role, minimum)) throw new HttpError(403, 'forbidden', `This needs the ${minimum} role; you are ${role}`);
    await next();
  });
