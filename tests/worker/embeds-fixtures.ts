/** Links to each embed provider as newsrooms paste them: [provider, pasted link, canonical link, frame URL]. */
export const PROVIDER_LINKS = [
  ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&si=abcDEF123', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
  ['youtube', 'https://youtu.be/dQw4w9WgXcQ?si=Tr4ck1ng', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
  ['youtube', 'https://m.youtube.com/shorts/aBcDeFgHiJk', 'https://www.youtube.com/watch?v=aBcDeFgHiJk', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk'],
  ['vimeo', 'https://vimeo.com/76979871?utm_source=newsletter', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
  ['x', 'https://twitter.com/KyivIndependent/status/1790000000000000000?s=20&t=abc', 'https://x.com/KyivIndependent/status/1790000000000000000', 'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true'],
  ['bluesky', 'https://bsky.app/profile/notesfrompoland.com/post/3kxyzabcde22a', 'https://bsky.app/profile/notesfrompoland.com/post/3kxyzabcde22a', 'https://embed.bsky.app/embed/notesfrompoland.com/app.bsky.feed.post/3kxyzabcde22a'],
  ['mastodon', 'https://mastodon.social/@Gargron/113456789012345678', 'https://mastodon.social/@Gargron/113456789012345678', 'https://mastodon.social/@Gargron/113456789012345678/embed'],
  ['mastodon', 'https://pol.social/@redakcja/112233445566778899', 'https://pol.social/@redakcja/112233445566778899', 'https://pol.social/@redakcja/112233445566778899/embed'],
  ['instagram', 'https://www.instagram.com/p/C8xYz12AbCd/?igsh=MWQ1ZGUxMzBkMA==', 'https://www.instagram.com/p/C8xYz12AbCd/', 'https://www.instagram.com/p/C8xYz12AbCd/embed/'],
  ['instagram', 'https://instagram.com/reel/C9aBcDeFgHi/', 'https://www.instagram.com/reel/C9aBcDeFgHi/', 'https://www.instagram.com/reel/C9aBcDeFgHi/embed/'],
  ['tiktok', 'https://www.tiktok.com/@bbcnews/video/7390000000000000000?is_from_webapp=1&sender_device=pc', 'https://www.tiktok.com/@bbcnews/video/7390000000000000000', 'https://www.tiktok.com/embed/v2/7390000000000000000'],
  ['spotify', 'https://open.spotify.com/intl-pl/track/4uLU6hMCjMI75M1A2tKUQC?si=abc', 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC'],
  ['spotify', 'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5', 'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5', 'https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5'],
  ['soundcloud', 'https://soundcloud.com/radio-nowy-swiat/wywiad-dnia?utm_medium=text', 'https://soundcloud.com/radio-nowy-swiat/wywiad-dnia', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fradio-nowy-swiat%2Fwywiad-dnia'],
  ['maps', 'https://www.google.com/maps/place/Pa%C5%82ac+Kultury+i+Nauki/@52.2317,21.0059,17z/data=!3m1', 'https://www.google.com/maps/search/?api=1&query=Pa%C5%82ac%20Kultury%20i%20Nauki', 'https://www.google.com/maps?output=embed&q=Pa%C5%82ac%20Kultury%20i%20Nauki'],
  ['maps', 'https://www.google.com/maps/@50.4501,30.5234,12z', 'https://www.google.com/maps/search/?api=1&query=50.4501%2C30.5234', 'https://www.google.com/maps?output=embed&q=50.4501%2C30.5234'],
] as const;
