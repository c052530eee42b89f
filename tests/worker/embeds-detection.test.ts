import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/content/body';
import { detectEmbed, embedCardsToLinks, embedFrameOrigins } from '../../src/content/embeds';
import { PROVIDER_LINKS } from './embeds-fixtures';


describe('detectEmbed', () => {
  it.each(PROVIDER_LINKS)('reads a %s link, dropping tracking parameters: %s', (provider, link, url, frame) => {
    expect(detectEmbed(link)).toMatchObject({ provider, url, frame });
  });

  it.each(PROVIDER_LINKS)('reads the canonical link of a %s embed back as the same embed', (_provider, link) => {
    const embed = detectEmbed(link)!;
    expect(detectEmbed(embed.url)).toEqual(embed);
  });

  it.each([
    ['plain http', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a lookalike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a lookalike suffix', 'https://notyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['a credential in the URL', 'https://user@www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a port', 'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ'],
    ['an id of the wrong length', 'https://youtu.be/dQw4w9WgXc'],
    ['an id with a quote', 'https://youtu.be/dQw4w9WgX"Q'],
    ['a YouTube channel', 'https://www.youtube.com/@BBCNews'],
    ['an X profile', 'https://x.com/KyivIndependent'],
    ['an X status with a letter in its id', 'https://x.com/a/status/12345x'],
    ['a Bluesky profile', 'https://bsky.app/profile/notesfrompoland.com'],
    ['a Spotify artist', 'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF'],
    ['a SoundCloud page of the site', 'https://soundcloud.com/discover/sets'],
    ['a Mastodon lookalike on an IP address', 'https://203.0.113.9/@user/123456'],
    ['a Mastodon lookalike on localhost', 'https://localhost/@user/123456'],
    ['a news site', 'https://www.bbc.co.uk/news/world-europe-12345678'],
    ['Google search, not Maps', 'https://www.google.com/search?q=warsaw'],
    ['a javascript: URL', 'javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ'],
  ])('leaves %s alone', (_what, link) => {
    expect(detectEmbed(link)).toBeNull();
  });
});

const HEADLINE = 'Zełenski w Warszawie: „Nie ustąpimy” — Зеленський у Варшаві 🇺🇦🇵🇱, and what the "deal" means for Europe';
const card = (html: string) => [...html.matchAll(/<div class="embed" data-provider="([a-z]+)"/g)].map((m) => m[1]);

describe('bodies with bare links', () => {
  it('turns a bare link on its own line into a card, in Markdown and in HTML alike', () => {
    const markdown = `${HEADLINE}\n\nhttps://youtu.be/dQw4w9WgXcQ?si=Tr4ck1ng\n\n<https://bsky.app/profile/notesfrompoland.com/post/3kxyzabcde22a>\n\nKoniec.`;
    const fromMarkdown = renderBody(markdown, 'markdown');
    expect(card(fromMarkdown.html)).toEqual(['youtube', 'bluesky']);
    expect(fromMarkdown.html).toContain('<a class="embed-load" rel="noopener noreferrer" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Load content from YouTube</a>');
    expect(fromMarkdown.html).not.toContain('si=Tr4ck1ng');
    expect(fromMarkdown.text).toBe(`${HEADLINE}\nhttps://youtu.be/dQw4w9WgXcQ?si=Tr4ck1ng\nhttps://bsky.app/profile/notesfrompoland.com/post/3kxyzabcde22a\nKoniec.`);
    const html = `<p>${HEADLINE}</p>\n<p><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></p>\n<p>\n  <a href="https://mastodon.social/@Gargron/113456789012345678">https://mastodon.social/@Gargron/113456789012345678</a>\n</p>`;
    expect(card(renderBody(html, 'html').html)).toEqual(['vimeo', 'mastodon']);
  });

  it('renders every provider from a Markdown body', () => {
    const body = PROVIDER_LINKS.map(([, link]) => link).join('\n\n');
    expect(card(renderBody(body, 'markdown').html)).toEqual(PROVIDER_LINKS.map(([provider]) => provider));
  });

  it.each([
    ['a link inside a sentence', 'Watch https://youtu.be/dQw4w9WgXcQ before the vote.'],
    ['two links on one line', 'https://youtu.be/dQw4w9WgXcQ https://vimeo.com/76979871'],
    ['a link whose text is not its URL', '[Zełenski speaks](https://youtu.be/dQw4w9WgXcQ)'],
    ['a link to another host', 'https://www.rp.pl/polityka/art12345-zelenski-w-warszawie'],
    ['plain http', 'http://youtu.be/dQw4w9WgXcQ'],
    ['a lookalike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a link in a list', '- https://youtu.be/dQw4w9WgXcQ'],
  ])('keeps %s a link', (_what, line) => {
    const { html } = renderBody(`${HEADLINE}\n\n${line}`, 'markdown');
    expect(html).not.toContain('class="embed');
    expect(html).not.toContain('data-frame');
  });

  it('turns an HTML link a card only when its text is its own URL', () => {
    const html = renderBody('<p><a href="https://youtu.be/dQw4w9WgXcQ">https://vimeo.com/76979871</a></p>', 'html').html;
    expect(card(html)).toEqual([]);
  });
});

describe('hand-written embed markup', () => {
  it.each([
    ['an iframe', '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" sandbox="allow-scripts"></iframe>'],
    ['a script', '<script src="https://platform.twitter.com/widgets.js"></script>'],
    ['a fake card', '<div class="embed" data-provider="youtube" data-url="https://evil.example/" data-frame="https://evil.example/frame"><p><a class="embed-load" href="https://evil.example/">Load content from YouTube</a></p></div>'],
    ['a fake Mastodon card', '<div class="embed" data-provider="mastodon" data-url="https://evil.example/@a/1" data-frame="https://evil.example/@a/1/embed">x</div>'],
    ['a fake button', '<p><a class="embed-load" data-frame="https://evil.example/" href="https://youtu.be/dQw4w9WgXcQ">Load content from YouTube</a></p>'],
    ['a Twitter blockquote with data attributes', '<blockquote class="twitter-tweet" data-theme="dark"><p>Tekst</p><a href="https://twitter.com/a/status/1">x</a></blockquote>'],
  ])('strips %s an editor pastes', (_what, pasted) => {
    for (const format of ['html', 'markdown'] as const) {
      const { html } = renderBody(`<p>${HEADLINE}</p>\n\n${pasted}\n\n<p>Dalej.</p>`, format);
      expect(html).not.toMatch(/<iframe|<script|<div|data-|class="embed|evil\.example\/frame/);
      expect(embedFrameOrigins(html)).toEqual([]);
    }
  });
});

describe('stored cards', () => {
  const { html } = renderBody(`Przed.\n\n${PROVIDER_LINKS.map(([, link]) => link).join('\n\n')}\n\nPo.`, 'markdown');

  it('name each provider frame origin once, for the CSP', () => {
    expect(embedFrameOrigins(html)).toEqual([
      'https://embed.bsky.app', 'https://mastodon.social', 'https://open.spotify.com', 'https://platform.twitter.com',
      'https://player.vimeo.com', 'https://pol.social', 'https://w.soundcloud.com', 'https://www.google.com',
      'https://www.instagram.com', 'https://www.tiktok.com', 'https://www.youtube-nocookie.com',
    ]);
  });

  it('go back to plain links for feeds', () => {
    const links = embedCardsToLinks(html);
    expect(links).not.toMatch(/class="embed|data-|Load content/);
    for (const [, , url] of PROVIDER_LINKS) expect(links).toContain(`<p><a rel="noopener noreferrer" href="${url.replace(/&/g, '&amp;')}">`);
    expect(links.startsWith('<p>Przed.</p>')).toBe(true);
  });

  it('never widen the CSP past their provider', () => {
    const forged = '<div class="embed" data-provider="youtube" data-url="https://youtu.be/x" data-frame="https://evil.example/embed/x"></div>';
    expect(embedFrameOrigins(forged)).toEqual([]);
  });
});
