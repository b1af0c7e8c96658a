// A loaded OpenAPI document of the kit, in one of its two views (contractViews.ts): which operation
// a request is, and whether a request body, a response or a webhook payload conforms. The sandbox
// checks requests and its own answers against the reference view; the suite and Pact check every
// answer of a target against the normative view.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../parsedYaml.ts';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { contractsDir } from '../kitPaths.ts';
import { contractView, withoutNullMembers, type ContractView } from './contractViews.ts';
import { ibanProblem } from './ibanFormat.ts';
import { createSchemaValidator, type Ajv } from './schemaValidator.ts';
import { ValidatorCache, validatorCacheDir, validatorFolder } from './validatorCache.ts';

export const contractNames = ['marketplace-services', 'simulation', 'vouchers'] as const;
export type ContractName = (typeof contractNames)[number];

export interface Violation {
  /** JSON pointer into the validated value, `/address/zipCode`; `` for the value itself. */
  pointer: string;
  /** The same place as a dotted path, `address.zipCode`, as the API names fields in errors. */
  field: string;
  /** The schema keyword that failed (`required`, `type`, `format`, `x-decimal-places`…). */
  rule: string;
  message: string;
}

export interface OperationMatch {
  operationId: string;
  method: string;
  pathTemplate: string;
  pathParams: Record<string, string>;
}

export interface OperationInfo {
  operationId: string;
  method: string;
  pathTemplate: string;
}

interface RouteEntry extends OperationInfo {
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
}

type OpenApiDocument = Record<string, any>;

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

export function contractPath(name: ContractName): string {
  return join(contractsDir, `${name}.openapi.yaml`);
}

function escapePointerToken(token: string): string {
  return encodeURIComponent(token.replace(/~/g, '~0').replace(/\//g, '~1'));
}

function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** What a failed format says: for an IBAN, which check failed (mod-97 or the national check digit). */
function formatMessage(error: ErrorObject): string | undefined {
  if (error.keyword !== 'format' || error.params.format !== 'iban' || typeof error.data !== 'string') return undefined;
  return ibanProblem(error.data);
}

function toViolation(error: ErrorObject): Violation {
  const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : '';
  const extra = error.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
  const pointer = `${error.instancePath}${missing}${extra}`;
  return { pointer, field: pointerToField(pointer), rule: error.keyword, message: formatMessage(error) ?? error.message ?? error.keyword };
}

export interface ContractOptions {
  view?: ContractView;
  /** The profile's money.decimals, enforced in place of the contract's x-decimal-places. */
  moneyDecimals?: number;
  /** Where compiled validators are kept between runs (src/contract/validatorCache.ts); false: nowhere. */
  validatorCache?: string | false;
}

/** Normative view: where a list answer (`x-list`) holds its resources; throws when it cannot tell. */
export type ListLocator = (operationId: string, body: unknown) => unknown[];

/** `#/components/schemas/A~1B` → ['components', 'schemas', 'A/B'] */
function pointerTokens(ref: string): string[] {
  return ref.slice(2).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export class Contract {
  readonly name: ContractName;
  readonly view: ContractView;
  /** The document as this view reads it. */
  readonly document: OpenApiDocument;
  private readonly validators: ValidatorCache;
  private readonly documentId: string;
  private readonly routes: RouteEntry[];
  private readonly byOperationId = new Map<string, RouteEntry>();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(name: ContractName, document: OpenApiDocument, options: ContractOptions = {}) {
    this.name = name;
    this.view = options.view ?? 'reference';
    this.document = contractView(document, this.view);
    this.documentId = `urn:mskit:${name}:${this.view}`;
    const settings = { view: this.view, moneyDecimals: options.moneyDecimals };
    const { $schema: _dialect, ...withoutDialect } = this.document;
    let ajv: Ajv | undefined;
    /** Made when a validator is missing from the cache: adding the whole document costs even when nothing compiles. */
    const compiler = () => {
      if (!ajv) {
        ajv = createSchemaValidator(settings);
        ajv.addSchema({ ...withoutDialect, $id: this.documentId });
      }
      return ajv;
    };
    const cacheRoot = options.validatorCache ?? validatorCacheDir;
    this.validators = new ValidatorCache(cacheRoot === false ? undefined : validatorFolder(cacheRoot, withoutDialect, { ...settings, id: this.documentId }), compiler);
    this.routes = this.buildRoutes();
  }

  operations(): OperationInfo[] {
    return this.routes.map(({ operationId, method, pathTemplate }) => ({ operationId, method, pathTemplate }));
  }

  webhookTypes(): string[] {
    return Object.keys(this.document.webhooks ?? {});
  }

  /** `path` is relative to the API's base URL, with or without a query string. */
  matchOperation(method: string, path: string): OperationMatch | undefined {
    const pathOnly = path.split('?')[0] ?? path;
    const wanted = method.toLowerCase();
    for (const route of this.routes) {
      if (route.method !== wanted) continue;
      const found = route.pattern.exec(pathOnly);
      if (!found) continue;
      const pathParams = Object.fromEntries(route.paramNames.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]));
      return { operationId: route.operationId, method: route.method, pathTemplate: route.pathTemplate, pathParams };
    }
    return undefined;
  }

  /** Does this path exist in the contract under another method? (405 rather than 404.) */
  allowedMethods(path: string): string[] {
    const pathOnly = path.split('?')[0] ?? path;
    return this.routes.filter((route) => route.pattern.test(pathOnly)).map((route) => route.method.toUpperCase());
  }

  validateRequestBody(operationId: string, body: unknown, contentType = 'application/json'): Violation[] {
    const route = this.route(operationId);
    const operation = this.document.paths[route.pathTemplate][route.method];
    const requestBody = operation.requestBody;
    if (!requestBody) return [];
    const mediaType = mediaTypeOf(contentType) ?? 'application/json';
    if (!requestBody.content?.[mediaType]) {
      return [{ pointer: '', field: '', rule: 'content-type', message: `content type ${mediaType} is not accepted by ${operationId}` }];
    }
    const pointer = ['paths', route.pathTemplate, route.method, 'requestBody', 'content', mediaType, 'schema'];
    return this.validateAt(pointer, body);
  }

  /** Does the operation answer a list (its success schema is marked `x-list`)? */
  isListOperation(operationId: string): boolean {
    const route = this.route(operationId);
    const responses = this.document.paths[route.pathTemplate][route.method].responses ?? {};
    return Object.entries<any>(responses).some(([status, response]) => {
      if (!status.startsWith('2')) return false;
      const schema = this.resolve(response)?.content?.['application/json']?.schema;
      return this.resolve(schema)?.['x-list'] === true;
    });
  }

  /** The response statuses the contract declares for an operation (`201`, `4XX`, `default`). */
  declaredStatuses(operationId: string): string[] {
    const route = this.route(operationId);
    return Object.keys(this.document.paths[route.pathTemplate][route.method].responses ?? {});
  }

  validateResponse(operationId: string, status: number, contentType: string | undefined, body: unknown, listItems?: ListLocator): Violation[] {
    const route = this.route(operationId);
    const responses = this.document.paths[route.pathTemplate][route.method].responses ?? {};
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((key) => key in responses);
    if (!statusKey) {
      return [{ pointer: '', field: '', rule: 'status', message: `status ${status} is not a declared response of ${operationId} (declared: ${Object.keys(responses).join(', ')})` }];
    }
    const response = this.resolve(responses[statusKey]);
    const content = response.content as Record<string, unknown> | undefined;
    const hasBody = body !== undefined && body !== '' && body !== null;
    if (!content) {
      return hasBody ? [{ pointer: '', field: '', rule: 'content', message: `status ${status} of ${operationId} declares no body, but one was sent` }] : [];
    }
    // interface §8: where only the status is defined, a target may answer without a body.
    if (!hasBody && this.view === 'normative' && response['x-body-optional'] === true) return [];
    const mediaType = mediaTypeOf(contentType);
    if (!mediaType || !(mediaType in content)) {
      return [{ pointer: '', field: '', rule: 'content-type', message: `content type ${mediaType ?? '(none)'} is not declared for status ${status} of ${operationId} (declared: ${Object.keys(content).join(', ')})` }];
    }
    const responseRef = responses[statusKey].$ref as string | undefined;
    const base = responseRef ? pointerTokens(responseRef) : ['paths', route.pathTemplate, route.method, 'responses', statusKey];
    const schemaPointer = [...base, 'content', mediaType, 'schema'];
    if (this.view === 'reference') return this.validateAt(schemaPointer, body);
    const value = withoutNullMembers(body);
    const schemaRef = this.resolveRef(schemaPointer);
    if (listItems && this.nodeAt(schemaRef)?.['x-list'] === true) {
      let items: unknown[];
      try {
        items = listItems(operationId, value);
      } catch (error) {
        return [{ pointer: '', field: '', rule: 'list', message: (error as Error).message }];
      }
      return items.flatMap((item, index) => this.validateAt([...schemaRef, 'properties', 'items', 'items'], item).map((violation) => ({ ...violation, pointer: `/${index}${violation.pointer}`, field: `${index}${violation.field ? `.${violation.field}` : ''}` })));
    }
    return this.validateAt(schemaPointer, value);
  }

  validateWebhook(type: string, body: unknown): Violation[] {
    const webhook = this.document.webhooks?.[type];
    if (!webhook?.post) return [{ pointer: '/type', field: 'type', rule: 'webhook', message: `"${type}" is not a webhook type of the contract` }];
    return this.validateAt(['webhooks', type, 'post', 'requestBody', 'content', 'application/json', 'schema'], this.view === 'normative' ? withoutNullMembers(body) : body);
  }

  validateSchema(schemaName: string, value: unknown): Violation[] {
    return this.validateAt(['components', 'schemas', schemaName], value);
  }

  private validateAt(pointer: string[], value: unknown): Violation[] {
    // Looked up by the plain pointer: escaping it into a reference at every check cost more than the check.
    const key = pointer.join('\0');
    let validate = this.compiled.get(key);
    if (!validate) {
      const ref = `${this.documentId}#/${pointer.map(escapePointerToken).join('/')}`;
      validate = this.validators.validator(ref, (ajv) => ajv.compile({ $ref: ref }));
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(toViolation);
  }

  private route(operationId: string): RouteEntry {
    const route = this.byOperationId.get(operationId);
    if (!route) throw new Error(`operation ${operationId} is not in the ${this.name} contract`);
    return route;
  }

  private resolve(node: any): any {
    if (!node?.$ref) return node;
    return this.resolve(this.nodeAt(pointerTokens(String(node.$ref))));
  }

  private nodeAt(pointer: string[]): any {
    return pointer.reduce((current: any, token) => current?.[token], this.document);
  }

  /** The pointer of the schema at `pointer`, following $refs to where it is written. */
  private resolveRef(pointer: string[]): string[] {
    const node = this.nodeAt(pointer);
    return node?.$ref ? this.resolveRef(pointerTokens(String(node.$ref))) : pointer;
  }

  private buildRoutes(): RouteEntry[] {
    const routes: RouteEntry[] = [];
    for (const [pathTemplate, item] of Object.entries<any>(this.document.paths ?? {})) {
      for (const method of methods) {
        const operation = item[method];
        if (!operation) continue;
        const paramNames: string[] = [];
        const source = pathTemplate
          .split('/')
          .map((segment) => segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
            if (name) {
              paramNames.push(name);
              return '([^/]+)';
            }
            return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }))
          .join('/');
        const literalSegments = pathTemplate.split('/').filter((segment) => segment && !segment.includes('{')).length;
        const route: RouteEntry = { operationId: operation.operationId, method, pathTemplate, pattern: new RegExp(`^${source}/?$`), paramNames, literalSegments };
        routes.push(route);
        this.byOperationId.set(route.operationId, route);
      }
    }
    // Literal segments beat parameters: /sellers/{id}/_assess-kyc must not read as a generic template.
    return routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }
}

const parsed = new Map<ContractName, Promise<OpenApiDocument>>();
const loaded = new Map<string, Promise<Contract>>();

/** The contract in the reference view (the sandbox's), or as `options` ask (the normative view for targets). */
export function loadContract(name: ContractName, options: ContractOptions = {}): Promise<Contract> {
  const key = `${name}:${options.view ?? 'reference'}:${options.moneyDecimals ?? ''}`;
  let contract = loaded.get(key);
  if (!contract) {
    // Both views derive from one parse of the file (a view never changes the parsed document).
    let document = parsed.get(name);
    if (!document) {
      document = readFile(contractPath(name), 'utf8').then((text) => parseYaml(text) as OpenApiDocument);
      parsed.set(name, document);
    }
    contract = document.then((value) => new Contract(name, value, options));
    loaded.set(key, contract);
  }
  return contract;
}
