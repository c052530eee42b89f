/**
 * What the newsroom browser tests share: an invitation from `npm run newsroom:invite`, a
 * passkey registered on a CDP virtual authenticator, and the "valid markup, no serious or
 * critical axe violations, nothing wider than the 360 px phone" page check.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The server's origin. WebAuthn needs a domain name: the server's port, on localhost. */
export const newsroomOrigin = () => `http://localhost:${new URL(inject('baseUrl')).port}`;

/** An invitation link for a new person, made by the real CLI against the dev server's D1. */
export function inviteLink(person: { email: string; name: string; role: 'admin' | 'editor' | 'contributor' }): string {
  const out = execFileSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/newsroom-invite.ts', '--persist-to', inject('persistTo'), '--origin', newsroomOrigin(), '--email', person.email, '--name', person.name, '--role', person.role],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  return out.trim().split('\n').at(-1)!;
}

/** A virtual platform authenticator (ctap2, internal, resident key, user verification) for the page. */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

/** Opens the invitation, creates the passkey and waits for the stories list. */
export async function registerPasskey(page: Page, link: string, options: { timeout?: number } = {}): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name: 'Create a passkey' }).click();
  await page.waitForURL(`${newsroomOrigin()}/newsroom`, options);
}

/** An authenticator, an invitation and a passkey: the page ends signed in, on the stories list. */
export async function signInWithNewPasskey(context: BrowserContext, page: Page, person: Parameters<typeof inviteLink>[0], options: { timeout?: number } = {}): Promise<void> {
  await addVirtualAuthenticator(context, page);
  await registerPasskey(page, inviteLink(person), options);
}

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Hono's JSX writes a true boolean attribute as `checked=""` / `required=""`, which the HTML
// spec allows as much as a bare attribute; the other rules off are style preferences.
export const newsroomValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off', 'attribute-boolean-style': 'off' },
});

/** html-validate's findings on the markup, as "rule line:column message". */
export async function markupProblems(html: string, label: string): Promise<string[]> {
  const report = await newsroomValidator.validateString(html, label);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
}

/** axe's serious and critical violations on the page; injected as a script tag, so the context needs bypassCSP. */
export async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** No serious or critical axe violations, and nothing wider than the 360 px phone. */
export async function expectAccessibleAt360(page: Page, label: string): Promise<void> {
  expect(await seriousAxeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(360);
}
