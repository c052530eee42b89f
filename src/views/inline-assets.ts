/**
 * Every inline <style> and <script> the pages may contain. The Content-Security-Policy
 * allows exactly these by hash (no 'unsafe-inline', no per-request nonce, so pages stay
 * cacheable): register any new inline asset here, and render it from here.
 */
import { alertScript } from './alert-script';
import { shareScript } from './share-script';
import { liveScript } from './live-script';
import { embedScript } from './embed-script';
import { liteCss, siteCss } from './styles';

export const inlineStyles: string[] = [siteCss, liteCss];
export const inlineScripts: string[] = [shareScript, alertScript, liveScript, embedScript];
