/**
 * The site's time zone while a reader page renders. renderDocument (src/views/render.tsx)
 * provides it from the site settings the page's batch read; the components that print a
 * time read it with useSiteTimeZone(), so no view queries and no prop is threaded through
 * every list. Outside a render (or with no provider) it is UTC, the old behaviour.
 */
import { createContext, useContext } from 'hono/jsx';
import { DEFAULT_TIME_ZONE } from './settings';

export const SiteTimeZone = createContext<string>(DEFAULT_TIME_ZONE);

export const useSiteTimeZone = (): string => useContext(SiteTimeZone);
