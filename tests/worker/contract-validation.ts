/**
 * The contract check behind the shared test helpers (support.ts `request`): every response
 * a worker test receives from a documented operation must match the OpenAPI document, the
 * one served at /api/v1/openapi.json. An undocumented status, an undocumented media type
 * or a field the schema does not name fails the test that made the request, with the
 * method, path, status and the JSON pointer of each violation.
 *
 * Paths and methods the document does not describe (reader pages, share links, a POST to a
 * GET-only path) are left alone: the document only promises what it lists.
 */
import { Validator, type Schema } from '@cfworker/json-schema';

type Json = Record<string, unknown>;
interface MediaObject { schema?: Json }
interface ResponseObject { content?: Record<string, MediaObject> }
interface Route { template: string; pattern: RegExp; methods: Record<string, { responses: Record<string, ResponseObject> }> }

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

let routes: Route[] | undefined;
const validators = new Map<string, Validator>();

/** The document, loaded on first use (tests that watch module loading never pay for it). */
async function documentedRoutes(): Promise<Route[]> {
  if (routes) return routes;
  const { openApiDocument } = await import('../../src/schemas/openapi-document');
  const doc = openApiDocument('https://news.example') as unknown as { paths: Record<string, Route['methods']>; components: { schemas: Record<string, Json> } };
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (!node || typeof node !== 'object') return node;
    const ref = (node as Json).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return resolve(doc.components.schemas[ref.slice('#/components/schemas/'.length)]);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value)]));
  };
  routes = Object.entries(doc.paths).map(([template, methods]) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
    methods: resolve(methods) as Route['methods'],
  }));
  // A literal segment wins over a placeholder (`/fronts/home` before `/fronts/{front}`).
  const placeholders = (template: string) => template.split('{').length;
  routes.sort((a, b) => placeholders(a.template) - placeholders(b.template));
  return routes;
}

/** `application/json; charset=UTF-8` -> `application/json`. */
const mediaTypeOf = (response: Response) => (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
const isJson = (type: string) => type === 'application/json' || type.endsWith('+json');

/** The documented response for a status: exact, then its range (`4XX`), then `default`. */
function documentedResponse(responses: Record<string, ResponseObject>, status: number) {
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/** Throws a ContractViolation when `response` breaks the document; resolves otherwise. */
export async function checkResponseContract(method: string, url: string, response: Response): Promise<void> {
  const verb = method.toLowerCase();
  if (verb === 'head' || verb === 'options') return;
  const path = new URL(url).pathname;
  const route = (await documentedRoutes()).find((r) => r.pattern.test(path));
  const operation = route?.methods[verb];
  if (!route || !operation) return;
  const where = `${method.toUpperCase()} ${path} (${route.template}) answered ${response.status}`;
  const documented = documentedResponse(operation.responses, response.status);
  if (!documented) throw new ContractViolation(`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`);

  const type = mediaTypeOf(response);
  // Bodies are read only when the check needs them (a stream such as SSE is never read).
  if (!documented.content) {
    const body = response.body === null ? '' : await response.clone().text();
    if (body.length) throw new ContractViolation(`${where}: documented without a body, but sent ${type || 'a body'}: ${body.slice(0, 200)}`);
    return;
  }
  const media = documented.content[type];
  if (!media) throw new ContractViolation(`${where}: media type "${type}" not documented (documented: ${Object.keys(documented.content).join(', ')})`);
  if (!isJson(type) || !media.schema) return;

  const body = await response.clone().text();
  let instance: unknown;
  try {
    instance = JSON.parse(body);
  } catch {
    throw new ContractViolation(`${where}: body is not JSON: ${body.slice(0, 200)}`);
  }
  const key = `${verb} ${route.template} ${response.status} ${type}`;
  let validator = validators.get(key);
  if (!validator) validators.set(key, (validator = new Validator(media.schema as Schema, '2020-12', false)));
  const result = validator.validate(instance);
  if (!result.valid) {
    // The innermost errors name the field; the outer ones only repeat "properties failed".
    const problems = result.errors.filter((e) => !/^(properties|items|anyOf|\$ref)$/.test(e.keyword) || result.errors.length === 1);
    const lines = (problems.length ? problems : result.errors).slice(0, 8).map((e) => `  at ${e.instanceLocation.replace(/^#/, '') || '/'} (schema ${e.keywordLocation.replace(/^#/, '')}): ${e.error}`);
    throw new ContractViolation(`${where}: body does not match the document:\n${lines.join('\n')}`);
  }
}
