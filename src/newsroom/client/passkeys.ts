/**
 * The passkey ceremonies of the sign-in and invitation pages: ask the server for options,
 * turn their base64url fields into bytes for navigator.credentials, and post the result
 * back as JSON. WebAuthn is a JavaScript API, so these pages need this script.
 */
export {};

type Json = Record<string, unknown>;

const form = document.querySelector<HTMLFormElement>('form[data-passkey]');
const status = document.getElementById('passkey-status');
const say = (text: string) => {
  if (status) status.textContent = text;
};

function toBytes(value: string): Uint8Array {
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '==='.slice((b64.length + 3) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toText(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function post(url: string, body: Json = {}): Promise<Json> {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as Json & { error?: { message?: string } };
  if (!response.ok) throw new Error(json.error?.message ?? `HTTP ${response.status}`);
  return json;
}

async function ceremony(base: string, register: boolean): Promise<string> {
  const options = (await post(`${base}/options`)) as Json & { challenge: unknown; user?: { id: unknown }; excludeCredentials?: { id: unknown }[] };
  options.challenge = toBytes(options.challenge as string);
  let credential: PublicKeyCredential;
  if (register) {
    options.user!.id = toBytes(options.user!.id as string);
    for (const excluded of options.excludeCredentials ?? []) excluded.id = toBytes(excluded.id as string);
    credential = (await navigator.credentials.create({ publicKey: options as unknown as PublicKeyCredentialCreationOptions })) as PublicKeyCredential;
  } else {
    credential = (await navigator.credentials.get({ publicKey: options as unknown as PublicKeyCredentialRequestOptions })) as PublicKeyCredential;
  }
  const r = credential.response as AuthenticatorAttestationResponse & AuthenticatorAssertionResponse;
  const response: Json = { clientDataJSON: toText(r.clientDataJSON) };
  if (register) {
    response.attestationObject = toText(r.attestationObject);
    response.transports = r.getTransports ? r.getTransports() : [];
  } else {
    response.authenticatorData = toText(r.authenticatorData);
    response.signature = toText(r.signature);
    if (r.userHandle) response.userHandle = toText(r.userHandle);
  }
  const result = await post(`${base}/verify`, {
    id: credential.id,
    rawId: toText(credential.rawId),
    type: credential.type,
    response,
    clientExtensionResults: credential.getClientExtensionResults(),
  });
  return result.redirect as string;
}

if (form) {
  if (!window.PublicKeyCredential) say('This browser cannot use passkeys.');
  else
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const register = form.dataset.passkey === 'register';
      say(register ? 'Creating your passkey…' : 'Waiting for your passkey…');
      ceremony(form.getAttribute('action')!, register).then(
        (redirect) => window.location.assign(redirect),
        (error: unknown) => say(error instanceof Error ? error.message : String(error)),
      );
    });
}
