/** @jsxImportSource hono/jsx */
/**
 * /newsroom/settings (admins; docs/newsroom.md "Site settings and time zone"): the site's
 * name, the time zone reader pages show times in, and the default language. Saving goes
 * through src/site/settings-write (audited) and purges every cached page.
 */
import { Hono } from 'hono';
import { SUPPORTED_LANGUAGES } from '../i18n';
import { isValidTimeZone } from '../model/site-time';
import { readSiteSettings, type SiteSettings } from '../site/settings';
import { MAX_SITE_NAME_LENGTH, saveSiteSettings, validateSiteSettings } from '../site/settings-write';
import type { NewsroomEnv } from './env';
import { personActor } from './identity';
import { renderNewsroom, requirePersonRole } from './render';
import { CsrfField } from './form-parts';

/**
 * V8's list still uses names the IANA database has since renamed: offer today's names (a
 * Ukrainian desk looks for Kyiv, not Kiev). Both spellings work in Intl, so stored values
 * written either way keep working.
 */
const RENAMED_ZONES: Record<string, string> = {
  'Europe/Kiev': 'Europe/Kyiv', 'Europe/Uzhgorod': 'Europe/Kyiv', 'Europe/Zaporozhye': 'Europe/Kyiv', 'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon', 'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton', 'Atlantic/Faeroe': 'Atlantic/Faroe', 'Pacific/Truk': 'Pacific/Chuuk', 'Pacific/Ponape': 'Pacific/Pohnpei',
};

let zones: string[] | undefined;
/** Every IANA zone this runtime knows, by today's names, UTC first; computed once per isolate. */
function timeZones(): string[] {
  zones ??= ['UTC', ...new Set(Intl.supportedValuesOf('timeZone').map((zone) => RENAMED_ZONES[zone] ?? zone).filter((zone) => zone !== 'UTC' && isValidTimeZone(zone)))].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
  return zones;
}

function languageName(code: string): string {
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return own === english ? `${english} (${code})` : `${own}: ${english} (${code})`;
}

const describedBy = (field: string, errors: Record<string, string>) => (errors[field] ? `${field}-error` : undefined);

function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  return errors[field] ? <p class="field-error" id={`${field}-error`}>{errors[field]}</p> : null;
}

function SettingsPage(props: { values: SiteSettings; errors: Record<string, string>; csrfToken: string; saved: boolean }) {
  const { values, errors } = props;
  // A stored zone this runtime lists under another name still shows as chosen.
  const zoneOptions = timeZones().includes(values.timeZone) ? timeZones() : [values.timeZone, ...timeZones()];
  return (
    <>
      <h1>Site settings</h1>
      {props.saved ? <p role="status" class="notice">Saved. Every cached page was refreshed.</p> : null}
      {Object.keys(errors).length ? <p role="alert" class="notice">Nothing was saved: check the fields marked below.</p> : null}
      <form method="post" action="/newsroom/settings" class="settings-form">
        <CsrfField token={props.csrfToken} />
        <label>
          Site name
          <input type="text" name="name" value={values.name} required maxlength={MAX_SITE_NAME_LENGTH} aria-invalid={errors.name ? 'true' : undefined} aria-describedby={describedBy('name', errors)} />
        </label>
        <FieldError field="name" errors={errors} />
        <label>
          Time zone of the times readers see
          <select name="timeZone" aria-invalid={errors.timeZone ? 'true' : undefined} aria-describedby={describedBy('timeZone', errors)}>
            {zoneOptions.map((zone) => <option value={zone} selected={zone === values.timeZone}>{zone.replace(/_/g, ' ')}</option>)}
          </select>
        </label>
        <FieldError field="timeZone" errors={errors} />
        <label>
          Default language of the site
          <select name="language" aria-invalid={errors.language ? 'true' : undefined} aria-describedby={describedBy('language', errors)}>
            {SUPPORTED_LANGUAGES.map((code) => <option value={code} selected={code === values.language}>{languageName(code)}</option>)}
          </select>
        </label>
        <FieldError field="language" errors={errors} />
        <p>Feeds, sitemaps and machine-readable times stay in UTC. Saving refreshes every cached page.</p>
        <button class="primary" type="submit">Save settings</button>
      </form>
    </>
  );
}

export const settingsScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('admin'))
  .get('/', async (c) => {
    const values = await readSiteSettings(c.var.db, c.env);
    return renderNewsroom(c, 'Site settings', <SettingsPage values={values} errors={{}} csrfToken={c.var.person.csrfToken} saved={c.req.query('saved') === '1'} />, { person: c.var.person });
  })
  .post('/', async (c) => {
    const form = await c.req.parseBody();
    const { value, errors } = validateSiteSettings({ name: form['name'], timeZone: form['timeZone'], language: form['language'] });
    if (!value) {
      const submitted = { name: String(form['name'] ?? ''), timeZone: String(form['timeZone'] ?? ''), language: String(form['language'] ?? '') };
      return renderNewsroom(c, 'Site settings', <SettingsPage values={submitted} errors={errors} csrfToken={c.var.person.csrfToken} saved={false} />, { person: c.var.person, status: 400 });
    }
    await saveSiteSettings(c.var.db, c.env, (p) => c.executionCtx.waitUntil(p), { ...(await personActor(c)), personId: c.var.person.id }, value);
    return c.redirect('/newsroom/settings?saved=1', 303);
  });
