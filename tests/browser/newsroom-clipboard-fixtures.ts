/**
 * Clipboard HTML as Chromium receives it when copying from Google Docs, Microsoft Word and
 * a news web page (trimmed to a few paragraphs; the junk is kept as it comes), with the
 * Markdown each must become in the Body field.
 */
const docsSpan = (text: string, style = '') =>
  `<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;${style}">${text}</span>`;

export const GOOGLE_DOCS = {
  html:
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1c2a7e-7fff-1b2c-9d3e-0a1b2c3d4e5f">' +
    `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">${docsSpan('Co wiemy o „zielonym nabrzeżu”', 'font-size:16pt;')}</h2>` +
    `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${docsSpan('Rada ')}${docsSpan('zatwierdziła', 'font-weight:700;')}${docsSpan(' plan w ')}${docsSpan('czwartek', 'font-style:italic;')}${docsSpan('. Szczegóły: ')}` +
    `<a href="https://www.google.com/url?q=https://example.org/plan?utm_source%3Dnewsletter%26id%3D7&amp;sa=D&amp;source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw1abc" style="text-decoration:none;">${docsSpan('plan miasta', 'color:#1155cc;text-decoration:underline;-webkit-text-decoration-skip:none;')}</a>${docsSpan('.')}</p>` +
    `<br><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${docsSpan('')}</p>` +
    '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">' +
    `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">${docsSpan('Київ: «нарешті» 🌊')}</p></li>` +
    `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">${docsSpan('Druga pozycja')}</p></li>` +
    '</ul></b><br class="Apple-interchange-newline">',
  markdown: [
    '## Co wiemy o „zielonym nabrzeżu”',
    '',
    'Rada **zatwierdziła** plan w _czwartek_. Szczegóły: [plan miasta](https://example.org/plan?id=7).',
    '',
    '- Київ: «нарешті» 🌊',
    '- Druga pozycja',
  ].join('\n'),
};

const wordBullet = `<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>`;

export const WORD = {
  html:
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">` +
    `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->` +
    `<style><!-- p.MsoNormal, li.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:12.0pt; font-family:"Calibri",sans-serif;} @page WordSection1 {size:595.3pt 841.9pt;} --></style></head>` +
    `<body lang=PL style='tab-interval:35.4pt;word-wrap:break-word'><!--StartFragment-->` +
    `<h1><span lang=PL style='mso-ascii-font-family:Calibri;color:#2F5496'>Nabrzeże w liczbach<o:p></o:p></span></h1>` +
    `<p class=MsoNormal><span lang=PL style='font-family:"Times New Roman",serif;color:red'>Koszt: <b>48&nbsp;mln zł</b>, termin: <i>2028</i>.<o:p></o:p></span></p>` +
    `<p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
    `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${wordBullet}<span lang=PL>Pierwszy etap<o:p></o:p></span></p>` +
    `<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${wordBullet}<span lang=PL>Drugi etap<o:p></o:p></span></p>` +
    `<p class=MsoNormal><a href="https://example.org/raport?fbclid=IwAR0abcDEF&amp;gclid=Cj0KCQiA&amp;strona=2">Raport (PDF)</a> i <a href="javascript:alert(document.cookie)">kliknij tu</a><o:p></o:p></p>` +
    `<!--EndFragment--></body></html>`,
  markdown: ['# Nabrzeże w liczbach', '', 'Koszt: **48 mln zł**, termin: _2028_.', '', '- Pierwszy etap', '- Drugi etap', '', '[Raport (PDF)](https://example.org/raport?strona=2) i kliknij tu'].join('\n'),
};

export const WEB_PAGE = {
  html:
    `<meta charset='utf-8'><h3 style="font-family: Georgia, serif; color: rgb(34, 34, 34); font-size: 24px;">Mieszkańcy pytają o koszty</h3>` +
    `<p style="color: rgb(51, 51, 51); font-size: 18px; font-family: Georgia;">Według <a href="https://news.example.com/article?utm_medium=social&amp;utm_campaign=spring&amp;ref=home" class="inline-link" style="color: rgb(0, 102, 204);">wcześniejszego raportu</a> <strong style="font-weight: 700;">koszty wzrosły</strong> o <em>12%</em>.<span style="background-color: yellow;"> Zobacz też</span> <a href="/relative/path">ten wpis</a>.</p>` +
    `<p></p><p><br></p>` +
    `<ol style="margin-left: 20px;"><li style="color: rgb(51, 51, 51);">Первий пункт</li><li>Drugi <font color="red" face="Comic Sans MS">punkt</font></li></ol>` +
    `<blockquote class="pull-quote"><p>„Nie spodziewaliśmy się tego” — mówi burmistrz.</p></blockquote>` +
    `<img src="https://tracker.example/pixel.gif" width="1" height="1" alt=""><div class="ad-slot"><script>alert(1)</script><iframe src="https://ads.example/"></iframe></div>`,
  markdown: [
    '### Mieszkańcy pytają o koszty',
    '',
    'Według [wcześniejszego raportu](https://news.example.com/article?ref=home) **koszty wzrosły** o _12%_. Zobacz też ten wpis.',
    '',
    '1. Первий пункт',
    '2. Drugi punkt',
    '',
    '> „Nie spodziewaliśmy się tego” — mówi burmistrz.',
  ].join('\n'),
};
