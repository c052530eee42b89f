/**
 * A software passkey for the workerd tests: an ES256 key pair that answers WebAuthn
 * ceremonies exactly as an authenticator with attestation "none" does (authenticator data,
 * COSE key, CBOR attestation object, DER signature). The real ceremony in a browser is
 * tests/browser/newsroom-passkeys.test.ts; this one lets the server's checks (single use,
 * expiry, deactivation, origin) be tested inside workerd without a browser.
 */
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
};
const sha256 = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data));
const utf8 = (text: string) => new TextEncoder().encode(text);
const b64 = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));

/** WebCrypto signs ECDSA as r||s; WebAuthn wants ASN.1 DER. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    const trimmed = bytes.slice(i);
    const body = trimmed[0]! & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed;
    return concat(new Uint8Array([0x02, body.length]), body);
  };
  const sequence = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concat(new Uint8Array([0x30, sequence.length]), sequence);
}

export class SoftwarePasskey {
  private counter = 0;
  readonly credentialId = crypto.getRandomValues(new Uint8Array(32));
  private constructor(private readonly keys: CryptoKeyPair, readonly origin: string) {}

  static async create(origin: string) {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    return new SoftwarePasskey(keys, origin);
  }

  get id() {
    return b64(this.credentialId);
  }

  private async authData(flags: number, attested?: Uint8Array) {
    const counter = new Uint8Array(4);
    new DataView(counter.buffer).setUint32(0, ++this.counter);
    return concat(await sha256(utf8(new URL(this.origin).hostname)), new Uint8Array([flags]), counter, attested ?? new Uint8Array());
  }

  /** The answer to navigator.credentials.create({ publicKey: options }). */
  async register(options: { challenge: string }, clientOrigin = this.origin) {
    const jwk = (await crypto.subtle.exportKey('jwk', this.keys.publicKey)) as JsonWebKey;
    const coseKey = isoCBOR.encode(new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, isoBase64URL.toBuffer(jwk.x!)], [-3, isoBase64URL.toBuffer(jwk.y!)]]));
    const length = new Uint8Array([this.credentialId.length >> 8, this.credentialId.length & 0xff]);
    const authData = await this.authData(0x45, concat(new Uint8Array(16), length, this.credentialId, coseKey)); // UP, UV, AT
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]) as never);
    const clientDataJSON = utf8(JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: clientOrigin, crossOrigin: false }));
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64(clientDataJSON), attestationObject: b64(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
    };
  }

  /** The answer to navigator.credentials.get({ publicKey: options }). */
  async authenticate(options: { challenge: string }, clientOrigin = this.origin) {
    const authData = await this.authData(0x05); // UP, UV
    const clientDataJSON = utf8(JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: clientOrigin, crossOrigin: false }));
    const signed = concat(authData, await sha256(clientDataJSON));
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, signed));
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64(clientDataJSON), authenticatorData: b64(authData), signature: b64(derSignature(raw)) },
      clientExtensionResults: {},
    };
  }
}
