import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/middleware/request-context';

// Article fragments paste the origin in as text; the full render builds URLs with new URL().
// Both must agree whatever way SITE_ORIGIN is written.
describe('the site origin', () => {
  it.each([
    ['https://news.example.com/', 'https://news.example.com'],
    ['https://News.Example.com', 'https://news.example.com'],
    ['https://news.example.com:443', 'https://news.example.com'],
    ['https://news.example.com/some/path?x=1', 'https://news.example.com'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ])('normalises SITE_ORIGIN %s to %s', (configured, expected) => {
    expect(siteOrigin(configured, 'http://other.example/articles/x')).toBe(expected);
  });

  it('uses the request origin when SITE_ORIGIN is empty or not a URL', () => {
    expect(siteOrigin('', 'http://localhost:8787/articles/x?y=1')).toBe('http://localhost:8787');
    expect(siteOrigin('news.example.com', 'http://localhost:8787/')).toBe('http://localhost:8787');
  });
});
