import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { marketplaceScope, type SandboxClient } from './http/oauthClients.ts';

// `--clients <file.yaml>`: the sandbox's OAuth clients instead of the built-in ones.
//   clients:
//     - { clientId: shop-a, clientSecret: s3cret-a, marketplace: shop-a, scope: "marketplace:rw" }

const schema = {
  type: 'object',
  required: ['clients'],
  additionalProperties: false,
  properties: {
    clients: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['clientId', 'clientSecret'],
        additionalProperties: false,
        properties: {
          clientId: { type: 'string', minLength: 1 },
          clientSecret: { type: 'string', minLength: 1 },
          marketplace: { type: 'string', minLength: 1 },
          scope: { type: 'string' },
        },
      },
    },
  },
};

interface ClientsFile {
  clients: Array<{ clientId: string; clientSecret: string; marketplace?: string; scope?: string }>;
}

export class ClientsFileError extends Error {}

const validate = new Ajv2020.default({ allErrors: false }).compile<ClientsFile>(schema);

export async function readClientsFile(path: string): Promise<SandboxClient[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ClientsFileError(`cannot read the clients file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the --clients path`);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ClientsFileError(`clients file ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : 'the file';
    throw new ClientsFileError(`clients file ${path}: ${where} ${first?.message ?? 'is invalid'} (expected "clients: [ { clientId, clientSecret, marketplace?, scope? } ]")`);
  }
  return document.clients.map((client) => ({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    marketplace: client.marketplace ?? client.clientId,
    scopes: (client.scope ?? marketplaceScope).split(' ').filter(Boolean),
  }));
}
