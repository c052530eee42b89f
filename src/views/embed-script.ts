/**
 * Click-to-load for embed cards (content/embeds), rendered only on pages that have cards.
 * Until the reader clicks, nothing is requested from the provider; then the player or post
 * loads in a frame with the narrowest sandbox that provider needs, our origin as its only
 * referrer, and a title naming the provider. Without JavaScript the card's button stays a
 * plain link to the provider's page.
 *
 * The text is a constant allowed by its CSP hash (inline-assets). It trusts a card's frame
 * URL only on its provider's own origin (a Mastodon post: any server's /embed page), the
 * CSP's frame-src admits only the providers of the page's cards, and the sanitizer never
 * lets a pasted card through: three locks on the same door.
 */
export const embedScript = `(() => {
  const base = 'allow-scripts allow-same-origin allow-popups';
  const player = base + ' allow-presentation';
  const rules = {
    youtube: ['https://www.youtube-nocookie.com', player, 'autoplay; encrypted-media; picture-in-picture; fullscreen'],
    vimeo: ['https://player.vimeo.com', player, 'autoplay; picture-in-picture; fullscreen'],
    x: ['https://platform.twitter.com', base, ''],
    bluesky: ['https://embed.bsky.app', base, ''],
    mastodon: [null, base, ''],
    instagram: ['https://www.instagram.com', base, ''],
    tiktok: ['https://www.tiktok.com', player, 'encrypted-media; fullscreen'],
    spotify: ['https://open.spotify.com', base, 'encrypted-media'],
    soundcloud: ['https://w.soundcloud.com', base, 'autoplay'],
    maps: ['https://www.google.com', base, 'fullscreen'],
  };
  for (const card of document.querySelectorAll('div.embed[data-provider][data-frame]')) {
    const rule = Object.hasOwn(rules, card.dataset.provider) ? rules[card.dataset.provider] : null;
    const link = card.querySelector('a.embed-load');
    let frame = null;
    try { frame = new URL(card.dataset.frame); } catch {}
    if (!rule || !link || !frame || frame.protocol !== 'https:') continue;
    if (rule[0] ? frame.origin !== rule[0] : !frame.pathname.endsWith('/embed')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'embed-load';
    button.textContent = link.textContent;
    button.addEventListener('click', () => {
      const iframe = document.createElement('iframe');
      iframe.setAttribute('sandbox', rule[1]);
      if (rule[2]) iframe.setAttribute('allow', rule[2]);
      iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      iframe.setAttribute('loading', 'lazy');
      const name = card.querySelector('.embed-provider');
      const title = card.querySelector('.embed-title');
      iframe.title = (name ? name.textContent : '') + ': ' + (title ? title.textContent : frame.href);
      iframe.src = frame.href;
      card.setAttribute('data-loaded', '');
      button.parentElement.replaceWith(iframe);
      iframe.focus();
    });
    link.replaceWith(button);
  }
})();`;
