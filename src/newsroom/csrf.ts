/**
 * Cross-site request forgery checks for every state-changing newsroom request. Two
 * independent locks: the request must come from our own origin (Origin, or Sec-Fetch-Site
 * when a browser sends no Origin), and signed-in forms must send back the token derived
 * from the session id (sessions.csrfTokenFor), which another site cannot read.
 * SameSite=Strict on the cookie is a third, but older browsers and same-site subdomains
 * are reasons not to rely on it alone.
 */
import { HttpError } from '../http/errors';
import { equalInConstantTime } from './secrets';

export function assertSameOrigin(request: Request, origin: string): void {
  const sentOrigin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  const sameOrigin = sentOrigin !== null ? sentOrigin === origin : fetchSite === 'same-origin';
  if (!sameOrigin) throw new HttpError(403, 'cross_site_request', 'This request did not come from the newsroom itself', { field: 'Origin' });
}

export function assertCsrfToken(sent: unknown, expected: string): void {
  if (typeof sent !== 'string' || !equalInConstantTime(sent, expected)) {
    throw new HttpError(403, 'csrf_token_invalid', 'The form is out of date or was not sent from the newsroom; reload the page and try again', { field: '_csrf' });
  }
}
