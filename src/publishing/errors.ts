/**
 * Outcomes of the publishing code path that are the caller's fault. Not HTTP errors: the
 * API maps them to statuses, the CLI and the cron print or log them.
 */
export type PublishingErrorCode =
  /** No such article (or revision). */
  | 'not_found'
  /** The article changed since the caller read it. */
  | 'stale_revision'
  /** Input names things that do not exist or cannot be used; `details.fields` says which. */
  | 'invalid_input'
  /** The slug belongs to another article. */
  | 'slug_taken'
  /** The change does not apply in the article's current state (publish an article in the trash...). */
  | 'invalid_state';

export class PublishingError extends Error {
  constructor(
    readonly code: PublishingErrorCode,
    message: string,
    readonly details: { fields?: Record<string, string[]> } | null = null,
  ) {
    super(message);
    this.name = 'PublishingError';
  }
}

export const invalidFields = (fields: Record<string, string[]>) =>
  new PublishingError('invalid_input', 'Some fields name things that cannot be used', { fields });
