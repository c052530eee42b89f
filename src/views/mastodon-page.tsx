/** @jsxImportSource hono/jsx */
/**
 * Mastodon has no central server to send a reader to, so this page asks for theirs. The
 * form POSTs back to /share/:slug/mastodon, which validates the hostname and redirects to
 * that server's share form (routes/share). A link carrying `?instance=` only fills the
 * field in and names the server: the reader sees where they are going and confirms it.
 */
import { uiLanguage } from '../i18n';
import { paths } from '../model/urls';

export interface MastodonPageProps {
  slug: string;
  title: string;
  lang: string;
  /** The field's value: what the reader typed last time, or the server a link named. */
  instance?: string;
  /** The validated server the reader is about to share on, shown for them to confirm. */
  confirmHost?: string;
  error?: string;
}

const STRINGS = {
  en: {
    heading: 'Share on Mastodon',
    intro: 'Mastodon is made of many independent servers. Which one is your account on?',
    aboutTo: 'You are about to share on',
    check: 'Check that this is the server your account is on, or change it, then continue.',
    label: 'Your Mastodon server',
    hint: 'Just the server name, for example mastodon.social',
    submit: 'Continue to Mastodon',
    back: 'Back to the story',
  },
  pl: {
    heading: 'Udostępnij na Mastodonie',
    intro: 'Mastodon składa się z wielu niezależnych serwerów. Na którym masz konto?',
    aboutTo: 'Za chwilę udostępnisz na serwerze',
    check: 'Sprawdź, czy to serwer, na którym masz konto, albo go zmień, i przejdź dalej.',
    label: 'Twój serwer Mastodona',
    hint: 'Sama nazwa serwera, na przykład mastodon.social',
    submit: 'Przejdź do Mastodona',
    back: 'Wróć do artykułu',
  },
};

export function MastodonPage(props: MastodonPageProps) {
  const t = uiLanguage(props.lang) === 'pl' ? STRINGS.pl : STRINGS.en;
  const describedBy = ['instance-hint', props.confirmHost ? 'instance-confirm' : '', props.error ? 'instance-error' : ''].filter(Boolean).join(' ');
  return (
    <section>
      <p class="kicker">{t.heading}</p>
      <h1>{props.title}</h1>
      {props.confirmHost ? (
        <p id="instance-confirm">
          {t.aboutTo} <strong>{props.confirmHost}</strong>. {t.check}
        </p>
      ) : (
        <p>{t.intro}</p>
      )}
      <form class="search" method="post" action={paths.share(props.slug, 'mastodon')}>
        <label for="instance">{t.label}</label>
        <input
          id="instance"
          name="instance"
          type="text"
          inputmode="url"
          autocomplete="on"
          autocapitalize="none"
          spellcheck={false}
          placeholder="mastodon.social"
          value={props.instance ?? ''}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        />
        <button type="submit">{t.submit}</button>
      </form>
      <p id="instance-hint">{t.hint}</p>
      {props.error ? (
        <p id="instance-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p>
        <a href={paths.article(props.slug)}>{t.back}</a>
      </p>
    </section>
  );
}

/** Why an instance was refused, in the article's language. */
export function instanceError(lang: string, given: string): string {
  const pl = uiLanguage(lang) === 'pl';
  if (given.trim() === '') return pl ? 'Wpisz nazwę swojego serwera.' : 'Enter the name of your server.';
  return pl
    ? 'To nie wygląda na nazwę serwera. Wpisz samą nazwę, np. mastodon.social.'
    : 'That does not look like a server name. Enter just the name, such as mastodon.social.';
}
