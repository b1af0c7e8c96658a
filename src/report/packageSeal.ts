// The seal of a report package: an Ed25519 signature over manifest.json's exact bytes, made with a
// private key only the signer holds. The manifest lists every file with its SHA-256, so checking the
// signature with the signer's public key proves that nothing in the package changed since the run.
// The signature is the raw 64 bytes, the format `openssl pkeyutl -verify -rawin` reads.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export const signatureFileName = 'manifest.sig';

export interface SigningKey {
  privateKey: KeyObject;
  /** SHA-256 of the public key (SPKI, DER): names the key without revealing anything secret. */
  fingerprint: string;
}

/** Names a key by its public half, as `sha256:` + hex; the same for the private and the public key. */
export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex')}`;
}

async function readKeyFile(path: string, role: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new Error(`cannot read the ${role} at ${path}`);
  }
}

function requireEd25519(key: KeyObject, path: string, role: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is a ${key.asymmetricKeyType ?? 'symmetric'} key; the ${role} must be Ed25519 (make one with: mskit keygen)`);
  return key;
}

export async function loadSigningKey(path: string): Promise<SigningKey> {
  const pem = await readKeyFile(path, 'signing key');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(`${path} is not a private key in PEM (make one with: mskit keygen)`);
  }
  requireEd25519(privateKey, path, 'signing key');
  return { privateKey, fingerprint: keyFingerprint(privateKey) };
}

export async function loadPublicKey(path: string): Promise<KeyObject> {
  const pem = await readKeyFile(path, 'public key');
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch {
    throw new Error(`${path} is not a public key in PEM`);
  }
  if (publicKey.type !== 'public' || /PRIVATE KEY/.test(pem.toString('latin1'))) {
    throw new Error(`${path} holds a private key: give the signer's public key (never pass a private key around)`);
  }
  return requireEd25519(publicKey, path, 'public key');
}

export function newKeyPair(): { privatePem: string; publicPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: keyFingerprint(publicKey),
  };
}

export function signBytes(content: Buffer, key: SigningKey): Buffer {
  return sign(null, content, key.privateKey);
}

export function signatureHolds(content: Buffer, signature: Buffer, publicKey: KeyObject): boolean {
  return signature.length === 64 && verify(null, content, publicKey, signature);
}
