/** @jsxImportSource hono/jsx */
/**
 * The breaking-news banner's slot at the top of every reader page, in both editions: an
 * empty polite live region that alert-script fills from /api/v1/alerts. The page itself
 * never contains an alert, so cached pages stay valid when one is raised or removed.
 */
import type { UiStrings } from '../i18n';
import { alertPaths } from '../model/urls';
import { alertScript } from './alert-script';

export function AlertBanner({ strings }: { strings: UiStrings }) {
  return (
    <>
      <div class="alert-banner" role="status" aria-live="polite" aria-atomic="true" data-alert-banner="" data-src={alertPaths.api} data-label={strings.breaking}></div>
      {/* data-alert-script: how the lite rewrite could tell this script from others (docs/alerts.md). */}
      <script data-alert-script="" dangerouslySetInnerHTML={{ __html: alertScript }} />
    </>
  );
}
