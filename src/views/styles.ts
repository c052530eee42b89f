/**
 * The whole stylesheet, inlined into every page: no render-blocking request besides the
 * document. System fonts, one column on phones, a wider measure on desktops.
 */
export const siteCss = `
:root{--ink:#1a1a1a;--muted:#595959;--accent:#a3122b;--rule:#ddd;--bg:#fff;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.6 Georgia,"Times New Roman",serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.masthead{border-bottom:3px double var(--ink);padding:.75rem 0}
.brand{display:flex;align-items:center;gap:.5rem;font:700 1.6rem/1.2 Georgia,serif;color:var(--ink);text-decoration:none}
.brand img{width:32px;height:32px}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0 0;padding:0;font:600 .9rem/1.4 system-ui,sans-serif}
nav a{color:var(--ink);text-decoration:none}
main{padding:1rem 0 2rem}
h1{font-size:clamp(1.6rem,5vw,2.4rem);line-height:1.15;margin:.5rem 0}
.dek{font-size:1.2rem;color:var(--muted);margin:.25rem 0 1rem}
.meta{font:.9rem/1.5 system-ui,sans-serif;color:var(--muted)}
.meta a{color:var(--ink)}
figure{margin:1rem 0}img{max-width:100%;height:auto}
figcaption{font:.85rem/1.4 system-ui,sans-serif;color:var(--muted)}
.thumb{float:right;width:6rem;margin:.2rem 0 .25rem .75rem}.thumb img{display:block}.list li{display:flow-root}figure picture img{display:block}
.body{overflow-wrap:break-word}.body pre{overflow-x:auto}.body table{border-collapse:collapse;display:block;overflow-x:auto}
.body td,.body th{border:1px solid var(--rule);padding:.25rem .5rem}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--accent)}
aside,.block{border-top:1px solid var(--rule);margin-top:1.5rem;padding-top:.5rem}
h2{font-size:1.25rem}
.kicker{font:700 .8rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em}
.list{list-style:none;padding:0}.list li{border-bottom:1px solid var(--rule);padding:.6rem 0}
.list h3{margin:0;font-size:1.1rem;line-height:1.3}.list p{margin:.2rem 0 0;color:var(--muted)}
.tags{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.share{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;font:.9rem system-ui,sans-serif}
h1,h2,h3{overflow-wrap:break-word}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.masthead nav{margin-top:.25rem}
.lead{border-bottom:1px solid var(--rule);padding-bottom:1rem}.lead h2{font-size:clamp(1.4rem,4.5vw,2rem);line-height:1.2;margin:.25rem 0}
.lead h2 a,.list h2 a,.list h3 a,.block-title a{color:var(--ink);text-decoration:none}
.lead h2 a:hover,.list a:hover{text-decoration:underline}
.list h2{margin:0;font-size:1.15rem;line-height:1.3}
.list time{font:.8rem system-ui,sans-serif;color:var(--muted)}
.snippet mark{background:#fff3a0;color:inherit}
.pager{margin:1.5rem 0;font:600 1rem system-ui,sans-serif}
.search{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.search input{flex:1 1 12rem;min-width:0;font:inherit;padding:.4rem;border:1px solid var(--muted)}
.search button{font:600 1rem system-ui,sans-serif;padding:.4rem 1rem;background:var(--accent);color:#fff;border:0}
footer{border-top:1px solid var(--rule);padding:1rem 0 2rem;font:.85rem/1.5 system-ui,sans-serif;color:var(--muted)}
.alert-banner{margin:-.75rem 0 .75rem;background:var(--accent);color:#fff;font:600 1rem/1.4 system-ui,sans-serif}.alert-banner:empty{display:none}.alert-banner p{max-width:46rem;margin:0 auto;padding:.5rem 1rem}.alert-banner strong{text-transform:uppercase;margin-right:.25rem}.alert-banner a{color:#fff}
.live-label strong{display:inline-block;background:#b00;color:#fff;padding:.1rem .5rem;font:700 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em}
.live-list{list-style:none;padding:0}.live-list>li{border-top:1px solid var(--rule);padding:.75rem 0}.live-entry-meta{font:.85rem system-ui,sans-serif;color:var(--muted)}.live-flag{font-weight:700;color:var(--accent)}
.correction-notice{border-left:3px solid var(--accent);padding-left:.5rem}
.embed{margin:1rem 0;padding:.75rem 1rem;border:1px solid var(--rule);border-left:3px solid var(--accent);font:.95rem/1.4 system-ui,sans-serif}.embed p{margin:.25rem 0}.embed-provider{font-weight:700;text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:var(--muted)}.embed-title{overflow-wrap:anywhere}.embed-load{display:inline-block;font:600 .95rem system-ui,sans-serif;padding:.4rem .9rem;background:var(--accent);color:#fff;border:0;text-decoration:none;cursor:pointer}.embed-load:focus-visible{outline:3px solid var(--ink);outline-offset:2px}.embed iframe{display:block;width:100%;border:0;margin-top:.5rem;aspect-ratio:16/9}.embed:is([data-provider=x],[data-provider=bluesky],[data-provider=mastodon],[data-provider=instagram],[data-provider=tiktok]) iframe{aspect-ratio:auto;height:640px}.embed[data-provider=spotify] iframe{aspect-ratio:auto;height:352px}.embed[data-provider=soundcloud] iframe{aspect-ratio:auto;height:166px}.embed[data-provider=maps] iframe{aspect-ratio:4/3}.embed-thumb{display:block;margin-bottom:.5rem}
`.replace(/\n/g, '');

/** The lite edition's only styling: readable measure and visible focus, under 300 bytes. */
export const liteCss =
  'body{margin:0 auto;max-width:40rem;padding:.5rem;font:1rem/1.5 sans-serif;color:#1a1a1a;overflow-wrap:break-word}a{color:#0645ad}.skip{position:absolute;left:-999px}.skip:focus{left:.5rem}header,footer{padding:.5rem 0;border-bottom:1px solid #ccc}footer{border:0;border-top:1px solid #ccc}.sr-only{position:absolute;left:-999px}.alert-banner{border:2px solid #b00;padding:.25rem .5rem;margin:.5rem 0}.alert-banner:empty{display:none}';
