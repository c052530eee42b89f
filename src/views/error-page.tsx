/** @jsxImportSource hono/jsx */
import { paths } from '../model/urls';

const HEADINGS: Record<number, string> = {
  404: 'We can’t find that page',
  410: 'This story has been removed',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
  503: 'The newsroom is briefly unavailable',
};

/** A friendly error page for readers, with a way back to the news. */
export function ErrorPage(props: { status: number; message: string }) {
  return (
    <section>
      <p class="kicker">Error {props.status}</p>
      <h1>{HEADINGS[props.status] ?? 'Something went wrong'}</h1>
      <p>{props.message}</p>
      <p>
        <a href={paths.home()}>Go to the front page</a> for the latest news.
      </p>
    </section>
  );
}
