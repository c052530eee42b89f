/** @jsxImportSource hono/jsx */
/**
 * The article's share bar: plain links to our own /share/:slug/:network endpoints (they
 * count the click, then redirect), so it works with JavaScript off and loads nothing from
 * any network. With JavaScript on, share-script adds "Share…" (native share sheet) and
 * "Copy link", both using the article's short link.
 */
import type { ArticleView } from '../model/article-view';
import { paths } from '../model/urls';
import { SHARE_NETWORKS } from '../share/networks';
import { shareScript } from './share-script';

interface ShareBarStrings {
  heading: string;
  shareOn: (network: string) => string;
  /** Visible label of the email link; the accessible name must contain it (WCAG 2.5.3). */
  email: string;
  shareByEmail: string;
  native: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

const STRINGS: Record<string, ShareBarStrings> = {
  en: {
    heading: 'Share this story',
    shareOn: (network) => `Share on ${network}`,
    email: 'Email',
    shareByEmail: 'Share by email',
    native: 'Share…',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy the link.',
  },
  pl: {
    heading: 'Udostępnij ten artykuł',
    shareOn: (network) => `Udostępnij w serwisie ${network}`,
    email: 'E-mail',
    shareByEmail: 'Udostępnij przez e-mail',
    native: 'Udostępnij…',
    copy: 'Kopiuj link',
    copied: 'Skopiowano link.',
    copyFailed: 'Nie udało się skopiować linku.',
  },
};

const stringsFor = (lang: string) => STRINGS[lang.toLowerCase().split('-')[0] ?? ''] ?? STRINGS.en!;

/** Shown only for public articles (they have a short link); previews of drafts get none. */
export function ShareBar({ article }: { article: ArticleView }) {
  if (!article.shortUrl) return null;
  const t = stringsFor(article.language);
  return (
    <>
      <section
        class="block share-bar"
        aria-labelledby="share-heading"
        data-share-bar=""
        data-url={article.shortUrl}
        data-title={article.title}
        data-native-label={t.native}
        data-copy-label={t.copy}
        data-copied-label={t.copied}
        data-copy-failed-label={t.copyFailed}
      >
        <h2 id="share-heading" class="sr-only">{t.heading}</h2>
        <ul class="share">
          {SHARE_NETWORKS.map((network) => (
            <li>
              {/* nofollow: crawlers have no reason to walk every article × network redirect. */}
              <a href={paths.share(article.slug, network.id)} rel="nofollow" aria-label={network.id === 'email' ? t.shareByEmail : t.shareOn(network.label)}>
                {network.id === 'email' ? t.email : network.label}
              </a>
            </li>
          ))}
        </ul>
        <p role="status" aria-live="polite" class="share-status"></p>
      </section>
      <script dangerouslySetInnerHTML={{ __html: shareScript }} />
    </>
  );
}
