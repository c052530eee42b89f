/**
 * The newsroom's script and stylesheet, served from /newsroom/assets/ (same origin, so the
 * site's CSP allows them with 'self': no inline code, no hash to register, no build step).
 * The script runs the passkey ceremonies: it asks the server for options, converts the
 * base64url fields to bytes for navigator.credentials, and posts the result back as JSON.
 */
export const passkeyScript = `"use strict";
(function () {
  var form = document.querySelector("form[data-passkey]");
  if (!form) return;
  var status = document.getElementById("passkey-status");
  function say(text) { status.textContent = text; }
  function toBytes(value) {
    var b64 = value.replace(/-/g, "+").replace(/_/g, "/");
    var binary = atob(b64 + "===".slice((b64.length + 3) % 4));
    return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
  }
  function toText(buffer) {
    var bytes = new Uint8Array(buffer), binary = "";
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
  }
  function post(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify(body || {}) })
      .then(function (r) { return r.json().then(function (json) { if (!r.ok) throw new Error(json.error ? json.error.message : "HTTP " + r.status); return json; }); });
  }
  if (!window.PublicKeyCredential) { say("This browser cannot use passkeys."); return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var base = form.getAttribute("action"), register = form.dataset.passkey === "register";
    say(register ? "Creating your passkey…" : "Waiting for your passkey…");
    post(base + "/options").then(function (options) {
      options.challenge = toBytes(options.challenge);
      if (register) {
        options.user.id = toBytes(options.user.id);
        (options.excludeCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
        return navigator.credentials.create({ publicKey: options });
      }
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var r = credential.response, response = { clientDataJSON: toText(r.clientDataJSON) };
      if (register) {
        response.attestationObject = toText(r.attestationObject);
        response.transports = r.getTransports ? r.getTransports() : [];
      } else {
        response.authenticatorData = toText(r.authenticatorData);
        response.signature = toText(r.signature);
        if (r.userHandle) response.userHandle = toText(r.userHandle);
      }
      return post(base + "/verify", { id: credential.id, rawId: toText(credential.rawId), type: credential.type, response: response, clientExtensionResults: credential.getClientExtensionResults() });
    }).then(function (result) { window.location.assign(result.redirect); }, function (error) { say(error.message || String(error)); });
  });
})();
`;

export const newsroomCss = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#1b1b1b;color:#fff}
header a{color:#fff}
header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
button{font:inherit;padding:.4rem .9rem;border:1px solid #1b1b1b;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer}
.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:0 0 1rem}
label{display:flex;flex-direction:column;font-size:.9rem}
select{font:inherit;padding:.3rem}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top;overflow-wrap:anywhere}
.status{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
@media (max-width:40rem){thead{display:none}tr,td{display:block}td{border:0;padding:.15rem 0}tr{padding:.6rem 0;border-bottom:1px solid #ddd}}
`;
