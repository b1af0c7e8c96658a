// `mskit keygen`: an Ed25519 key pair for sealing report packages or signing approvals. The private
// key file is readable by its owner only; the public key is what approvers receive.
import { writeFile } from 'node:fs/promises';
import { newKeyPair } from '../report/packageSeal.ts';

export interface KeygenOptions {
  out: string;
}

export async function keygenCommand(options: KeygenOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const privatePath = `${options.out}.pem`;
  const publicPath = `${options.out}.pub.pem`;
  const pair = newKeyPair();
  const refuseOverwrite = (path: string) => (error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EEXIST' ? `${path} exists already: choose another name with --out (a key is never overwritten)` : `cannot write ${path}: ${error.code ?? error.message}`);
  };
  await writeFile(privatePath, pair.privatePem, { mode: 0o600, flag: 'wx' }).catch(refuseOverwrite(privatePath));
  await writeFile(publicPath, pair.publicPem, { flag: 'wx' }).catch(refuseOverwrite(publicPath));
  out.write(`private key: ${privatePath} (keep it secret; give it to mskit run --signing-key)\npublic key:  ${publicPath} (give it to approvers: mskit verify-report --public-key)\nfingerprint: ${pair.fingerprint}\n`);
  return 0;
}
