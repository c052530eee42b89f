/**
 * Paste into Body: clipboard HTML (Google Docs, Word, web pages) becomes clean Markdown.
 * Structure survives (headings, lists, links, bold, italic); presentation and junk do not
 * (fonts, colours, spans, empty paragraphs, Word's mso-/o:p markup, images, tracking
 * parameters, script links). Plain-text paste is left to the browser.
 */
import TurndownService from 'turndown';

const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|yclid)$/i;
const DROP = 'script,style,meta,link,title,xml,template,iframe,object,embed,img,picture,svg,video,audio,canvas,form,input,button,select,textarea,head';

/** A link without tracking parameters; null for anything that is not http(s)/mailto/tel. */
export function cleanHref(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), 'https://invalid.example/');
  } catch {
    return null;
  }
  if (url.host === 'invalid.example') return null; // relative links point at the source document
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Google Docs and search results wrap links: https://www.google.com/url?q=<real>&sa=...
  if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
    const target = url.searchParams.get('q') ?? url.searchParams.get('url');
    return target ? cleanHref(target) : null;
  }
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  return url.href;
}

function unwrap(element: Element) {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string) {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

const styleOf = (element: Element) => (element.getAttribute('data-paste-style') ?? '').toLowerCase().replace(/\s+/g, '');
const isBold = (style: string) => /font-weight:(bold|[6-9]00)/.test(style);
const isItalic = (style: string) => /font-style:italic/.test(style);

/** Word writes lists as paragraphs with a hidden marker span (`mso-list:Ignore`): real lists again. */
function rebuildWordLists(root: HTMLElement) {
  const isListParagraph = (el: Element | null): el is HTMLElement => !!el && el.tagName === 'P' && (/MsoListParagraph/i.test(el.className) || /mso-list:l\d/.test(styleOf(el)));
  for (const first of Array.from(root.querySelectorAll('p'))) {
    if (!first.isConnected || !isListParagraph(first) || isListParagraph(first.previousElementSibling)) continue;
    const marker = first.querySelector('[data-paste-style*="mso-list"]')?.textContent?.trim() ?? '';
    const list = root.ownerDocument.createElement(/^[\da-z]{1,3}[.)]$/i.test(marker) ? 'ol' : 'ul');
    first.before(list);
    let item: Element | null = first;
    while (isListParagraph(item)) {
      const next: Element | null = item.nextElementSibling;
      item.querySelectorAll('[data-paste-style*="mso-list"]').forEach((m) => /ignore/i.test(styleOf(m)) && m.remove());
      list.append(rename(item, 'li'));
      item = next;
    }
  }
}

/**
 * The clipboard HTML with its styles made inert before parsing: a parsed document inherits
 * the page's CSP, which would report every style attribute and <style> as a violation. Style
 * attributes become data-paste-style (read below for bold, italic and Word's lists); Word's
 * conditional comments go too (the parser would keep their content).
 */
function defuseStyles(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, '$1data-paste-style$2'));
}

/** The clipboard document reduced to structure: what turndown should see. */
export function simplifyClipboardHtml(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(defuseStyles(html), 'text/html');
  const root = doc.body;
  root.querySelectorAll(DROP).forEach((el) => el.remove());
  root.querySelectorAll('*').forEach((el) => /^o:|^v:|^w:/i.test(el.tagName) && el.remove());
  rebuildWordLists(root);
  // Google Docs wraps the whole selection in <b style="font-weight:normal" id="docs-internal-guid-...">.
  for (const el of Array.from(root.querySelectorAll('b,strong,span,font,i,em'))) {
    const style = styleOf(el);
    const tag = el.tagName;
    if ((tag === 'B' || tag === 'STRONG') && /font-weight:(normal|[1-5]00)/.test(style)) unwrap(el);
    else if ((tag === 'I' || tag === 'EM') && /font-style:normal/.test(style)) unwrap(el);
    else if (tag === 'SPAN' || tag === 'FONT') {
      if (isBold(style) && isItalic(style)) {
        const strong = doc.createElement('strong');
        el.before(strong);
        strong.append(rename(el, 'em'));
      }
      else if (isBold(style)) rename(el, 'strong');
      else if (isItalic(style)) rename(el, 'em');
      else unwrap(el);
    }
  }
  // Line breaks between blocks (Docs' spacers, Safari's Apple-interchange-newline) are not content.
  root.querySelectorAll(':scope > br, br.Apple-interchange-newline').forEach((el) => el.remove());
  // A heading is bold already: "## **Title**" would only be noise.
  root.querySelectorAll(':is(h1,h2,h3,h4,h5,h6) :is(strong,b)').forEach(unwrap);
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.hasAttribute('href') ? cleanHref(a.getAttribute('href')!) : null;
    if (href && a.textContent?.trim()) a.setAttribute('href', href);
    else unwrap(a);
  }
  // Docs puts each list item's text in a <p>; a lone paragraph in an item is just its text.
  root.querySelectorAll('li > p:only-child').forEach(unwrap);
  root.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li,blockquote').forEach((el) => {
    if (!el.textContent?.replace(/[\s\u00a0\u200b]/g, '')) el.remove();
  });
  return root;
}

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_', strongDelimiter: '**', hr: '---' });
  // One space after the marker ("- item", "1. item"), nested lines indented to match.
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, node, options) {
      const parent = node.parentNode as HTMLElement;
      let prefix = `${options.bulletListMarker} `;
      if (parent.nodeName === 'OL') prefix = `${Number(parent.getAttribute('start') ?? 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  return service;
}

/** Clipboard HTML as Markdown for the Body field. */
export function htmlToMarkdown(html: string): string {
  const markdown = turndown().turndown(simplifyClipboardHtml(html));
  return markdown
    .replace(/\u00a0/g, ' ')
    .replace(/^[ \t]+$/gm, '')
    .replace(/[ \t]+$/gm, (spaces) => (spaces.length >= 2 ? '  ' : '')) // keep Markdown line breaks only
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Replaces the selection as typing would: one undo step, an `input` event for autosave. */
export function insertText(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  field.focus();
  if (!document.execCommand('insertText', false, text)) {
    field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export function cleanPastesInto(body: HTMLTextAreaElement) {
  body.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html');
    if (!html) return; // plain text: the browser pastes it untouched
    const markdown = htmlToMarkdown(html);
    if (!markdown) return;
    event.preventDefault();
    insertText(body, markdown);
  });
}
