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
import { uiStrings } from '../i18n';
import { shareScript } from './share-script';

/** Shown only for public articles (they have a short link); previews of drafts get none. */
export function ShareBar({ article }: { article: ArticleView }) {
  if (!article.shortUrl) return null;
  const t = uiStrings(article.language).share;
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
