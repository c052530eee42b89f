/** Maps the publishing code path's outcomes to the editor API's HTTP errors. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../../http/errors';
import { PublishingError } from '../../publishing';

const STATUS: Record<PublishingError['code'], [ContentfulStatusCode, string]> = {
  not_found: [404, 'not_found'],
  stale_revision: [412, 'precondition_failed'],
  invalid_input: [400, 'validation_error'],
  slug_taken: [409, 'slug_taken'],
  invalid_state: [409, 'invalid_state'],
};

/** Runs a publishing call, turning its PublishingErrors into HttpErrors. */
export async function asHttp<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PublishingError) {
      const [status, code] = STATUS[error.code];
      throw new HttpError(status, code, error.message, error.details);
    }
    throw error;
  }
}
