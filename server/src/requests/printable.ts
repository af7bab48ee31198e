/** What the answers' printable pages share (an escaping template, French dates, the page itself). */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** HTML already escaped, passed through as is by `html`. */
export class Html {
  constructor(readonly text: string) {}
}

type Value = string | number | Html | Html[];

/** Tagged template that escapes every interpolated value; nested `Html` passes through as is. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  const part = (v: Value): string => (Array.isArray(v) ? v.map(part).join('') : v instanceof Html ? v.text : escape(String(v)));
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i] as Value) : ''), ''));
}

/** `2026-02-10` (or an instant) as "10 février 2026", the Paris day. */
export const day = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

/** A whole printable page (HTML, UTF-8), in the letters' style. */
export function printablePage(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:11pt/1.45 Georgia,serif;max-width:46em;margin:2em auto;color:#111}h2{font-size:12pt;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:9.5pt}td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}
@media print{body{margin:0}}</style></head><body>
${body}
</body></html>
`.text;
}
