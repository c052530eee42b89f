/** @jsxImportSource hono/jsx */
import type { UiStrings } from '../i18n';

/** A friendly error page for readers, with a way back to the news. */
export function ErrorPage(props: { status: number; message: string; strings: UiStrings; homeHref: string }) {
  const t = props.strings;
  return (
    <section>
      <p class="kicker">{t.errorKicker(props.status)}</p>
      <h1>{t.errorHeadings[props.status] ?? t.errorFallback}</h1>
      <p>{props.message}</p>
      <p>
        <a href={props.homeHref}>{t.goToFrontPage}</a> {t.forLatestNews}
      </p>
    </section>
  );
}
