/**
 * Fixed stories for the renderer id contract (article-fragments-renderer.test.ts), in the
 * seed's format (seed/seed-database.ts) with a fixed clock. Bodies are given as stored HTML
 * (FIXTURE_BODIES), as the content renderer made them: a table, an embed card, a quote.
 */
import type { SeedArticle } from '../../seed/content';

/** 2026-11-20 09:30 UTC. */
export const FIXTURE_NOW = Date.UTC(2026, 10, 20, 9, 30);

const UKRAINIAN_HEADLINE =
  'Кордон у Дорогуську: «Черга вантажівок сягнула 12 кілометрів» — водії чекають від ночі, уряди Польщі та України домовляються про нові правила перетину, а перевізники вимагають компенсацій за простій і пояснень щодо графіка роботи митниці до кінця тижня 🚛🇺🇦🇵🇱';

const base = { status: 'published' as const, body: '', section: 'region', author: 'olena-kowalczuk' };

export const FIXTURE = {
  sections: [{ slug: 'region', name: 'Regiony 🗺️', description: 'Wiadomości z regionów.' }],
  authors: [{ slug: 'olena-kowalczuk', name: 'Ołena Kowalczuk', bio: 'Reporterka z Wrocławia, pisze o „sprawach lokalnych”.' }],
  tags: [
    { slug: 'powodz', name: 'Powódź' },
    { slug: 'granica', name: 'Granica & cło' },
  ],
  articles: [
    {
      ...base,
      slug: 'waly-na-odrze',
      title: 'Wały na Odrze: pierwsze pomiary',
      dek: 'Hydrolodzy mierzą poziom wody na wałach od Opola do Wrocławia.',
      tags: ['powodz'],
      language: 'pl',
      hoursAgo: 30,
    },
    {
      ...base,
      slug: 'powodz-na-dolnym-slasku',
      title: 'Powódź na Dolnym Śląsku: „woda opada” — Повінь у Польщі 🌊, what comes next for the 300 evacuated families',
      dek: 'Woda opada od rana; gminy liczą straty i wracają do domów.',
      tags: ['powodz', 'granica'],
      language: 'pl',
      hoursAgo: 6,
      updatedHoursAgo: 2,
      heroImage: { url: 'https://images.example.org/floods/klodzko.jpg', alt: 'Zalana ulica w Kłodzku', caption: 'Kłodzko, rano', credit: 'Fot. Jan Nowak' },
      sources: [
        { name: 'IMGW-PIB', url: 'https://hydro.imgw.pl/' },
        { name: 'Urząd Gminy Kłodzko <komunikat>', url: 'https://example.org/klodzko?a=1&b=2' },
      ],
      related: ['waly-na-odrze'],
    },
    { ...base, slug: 'kordon-dorohusk', title: UKRAINIAN_HEADLINE, dek: 'Przemówienie prezydenta i kolejka na granicy.', tags: ['granica'], language: 'pl', hoursAgo: 4, related: ['powodz-na-dolnym-slasku', 'waly-na-odrze'] },
    { ...base, slug: 'dorohusk-live', title: 'Live: strike at Dorohusk border crossing, trucks queue for 12 km', dek: 'Follow the strike as it happens.', tags: ['granica'], language: 'en', hoursAgo: 3 },
  ] satisfies SeedArticle[],
};

export const FIXTURE_BODIES: Record<string, string> = {
  'waly-na-odrze': '<p>Pomiary co godzinę.</p>',
  'powodz-na-dolnym-slasku':
    '<p>Woda opada od rana — <strong>300 rodzin</strong> wraca do domów.</p>\n<table>\n<thead>\n<tr>\n<th>gmina</th>\n<th>rodziny</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>Kłodzko</td>\n<td>120</td>\n</tr>\n<tr>\n<td>Nysa</td>\n<td>180</td>\n</tr>\n</tbody></table>\n<blockquote>\n<p>„Najgorsze za nami” — mówi burmistrz.</p>\n</blockquote>',
  'kordon-dorohusk':
    '<p>Prezydent przyjechał rano:</p>\n<div class="embed" data-provider="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"><p class="embed-provider">YouTube</p><p class="embed-title"><a rel="noopener noreferrer" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p><p class="embed-action"><a class="embed-load" rel="noopener noreferrer" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Load content from YouTube</a></p></div>\n<p>Treść przemówienia wkrótce.</p>',
  'dorohusk-live': '<p>Drivers have waited since the night.</p>',
};
