/**
 * Fills the breaking-news banner (views/alert-banner) from the edge-cached alerts resource.
 * Pages never carry an alert themselves, so raising one re-renders no page (docs/alerts.md).
 * The region is in the page from the start, empty, with role=status: screen readers announce
 * what this writes into it, politely. It asks again every minute while the tab is visible
 * (an alert raised or removed reaches open pages too), and writes only when the alert changed.
 *
 * The text is a constant: the CSP allows it by its hash (registered in inline-assets); the
 * resource URL and the label come from the region's data-* attributes, the alert's text is
 * set with textContent and its link is only ever a URL on this site (publishing/alerts).
 */
// Written compact: it ships inside every page, lite ones included (10 KB budget). Readable form:
// find the region; fetch its data-src; show the first unexpired alert (label, then the text as
// a link when it has a url) only when it differs from what is shown; again each minute while visible.
export const alertScript =
  "(()=>{const b=document.querySelector('[data-alert-banner]');if(!b||!window.fetch)return;let s='';" +
  "const r=a=>{const k=a?a.id+a.text:'';if(k===s)return;s=k;if(!a)return b.replaceChildren();" +
  "const p=document.createElement('p'),l=document.createElement('strong'),t=document.createElement(a.url?'a':'span');" +
  "l.textContent=b.dataset.label;if(a.url)t.href=a.url;t.lang=a.language;t.textContent=a.text;p.append(l,' ',t);b.replaceChildren(p)};" +
  "const g=()=>fetch(b.dataset.src,{credentials:'omit'}).then(x=>x.ok?x.json():null)" +
  ".then(j=>{if(j){const n=Date.now();r(j.items.find(a=>Date.parse(a.expiresAt)>n))}}).catch(()=>{});" +
  "const v=()=>{if(document.visibilityState==='visible')g()};g();setInterval(v,60000);document.addEventListener('visibilitychange',v)})();";
