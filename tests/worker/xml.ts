/** Parses XML for structural assertions, failing loudly on anything not well-formed. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ARRAYS = new Set(['item', 'entry', 'category', 'url', 'sitemap', 'link']);

export function parseXml(text: string): Record<string, any> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => ARRAYS.has(name),
  }).parse(text);
}
