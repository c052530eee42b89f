/**
 * Who is asking for a share or short link, from the User-Agent. Share counts are meant to
 * count people, so neither kind of automated client below is counted:
 *
 * - Link-preview crawlers fetch a link the moment someone pastes it into a post or chat,
 *   to draw its card. Redirecting them to x.com's intent page would draw a card of the
 *   intent page, so they get the article's Open Graph page instead (200, not cached).
 * - Other bots (search engines, SEO and AI crawlers, HTTP libraries and command-line
 *   tools such as curl and wget, and requests with no User-Agent at all) still get the
 *   normal redirect: they are simply not counted. curl is in this group on purpose: it is
 *   how monitoring and scripts check links, not how readers share them.
 *
 * User-Agents can be forged; this keeps honest automation out of the counts, it is not a
 * defence against someone determined to inflate them.
 */

export type ClientKind = 'preview' | 'bot' | 'human';

// In-app browsers of chat apps (LINE, Snapchat, KakaoTalk) carry the app's name too but are
// people reading: only the apps' own preview fetchers are listed.
const LINK_PREVIEW_CRAWLERS = [
  'facebookexternalhit',
  'facebookcatalog',
  'Facebot',
  'meta-externalagent',
  'Twitterbot',
  'LinkedInBot',
  'Slackbot',
  'Slack-ImgProxy',
  'Discordbot',
  'TelegramBot',
  'WhatsApp',
  'SkypeUriPreview',
  'redditbot',
  'Pinterestbot',
  'Mastodon',
  'Cardyb', // Bluesky's card fetcher
  'Embedly',
  'Iframely',
  'vkShare',
  'Google-PageRenderer',
];

const OTHER_BOTS = [
  // Search engines and other crawlers identify themselves with bot/crawler/spider in the name
  // (Googlebot, bingbot, DuckDuckBot, YandexBot, Applebot, GPTBot, ClaudeBot, AhrefsBot…);
  // "Cubot" is a phone brand, not a bot.
  '(?<!cu)bot\\b',
  'crawl',
  'spider',
  'slurp',
  'Baiduspider',
  'Google-InspectionTool',
  'Lighthouse',
  'HeadlessChrome',
  'curl/',
  'Wget',
  'python-requests',
  'python-urllib',
  'aiohttp',
  'httpx',
  'Go-http-client',
  'node-fetch',
  'undici',
  'axios',
  'okhttp',
  'libwww-perl',
  'Java/',
  'Apache-HttpClient',
  'Ruby',
  'PHP/',
  'Scrapy',
  'feedfetcher',
  'monitor',
  'uptime',
];

const escape = (pattern: string) => pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PREVIEW_PATTERN = new RegExp(LINK_PREVIEW_CRAWLERS.map(escape).join('|'), 'i');
const BOT_PATTERN = new RegExp(OTHER_BOTS.map((p) => (p.includes('\\b') ? p : escape(p))).join('|'), 'i');

/** Classifies a request by its User-Agent header (missing or empty counts as a bot). */
export function classifyClient(userAgent: string | null | undefined): ClientKind {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return 'bot';
  if (PREVIEW_PATTERN.test(ua)) return 'preview';
  if (BOT_PATTERN.test(ua)) return 'bot';
  return 'human';
}
