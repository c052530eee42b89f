import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/content/body';
import { slugify } from '../../src/model/slug';
import { generateApiToken, hashToken } from '../../src/model/tokens';

describe('renderBody', () => {
  it('renders Markdown to HTML and plain text', () => {
    const { html, text } = renderBody('## Council votes\n\nThe **budget** passed.', 'markdown');
    expect(html).toBe('<h2>Council votes</h2>\n<p>The <strong>budget</strong> passed.</p>');
    expect(text).toBe('Council votes\nThe budget passed.');
  });

  it('removes scripts, handlers and javascript: URLs', () => {
    const { html } = renderBody(
      '<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><iframe src="https://e"></iframe>',
      'html',
    );
    expect(html).not.toMatch(/script|onclick|javascript:|iframe/i);
    expect(html).toContain('<p>Hi</p>');
  });
});

describe('slugify', () => {
  it('folds accents and keeps words', () => {
    expect(slugify('Łódź wins the “Harbor Cup” — 2026!')).toBe('lodz-wins-the-harbor-cup-2026');
    expect(slugify('   ')).toBe('article');
  });
});

describe('API tokens', () => {
  it('are random and hashed with SHA-256', async () => {
    const a = generateApiToken();
    expect(a).toMatch(/^enc_[0-9A-Za-z]{40}$/);
    expect(a).not.toBe(generateApiToken());
    expect(await hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
