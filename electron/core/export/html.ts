import { compile, parse, postprocess, preprocess } from 'micromark';
import type { HtmlExtension } from 'micromark-util-types';
import type { ContentsEntry, ExportDocument, MeetingRecord } from './types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;

/** One pass, and none at all for text without a special character (most of it). */
export function escapeHtml(text: string): string {
  HTML_SPECIAL.lastIndex = 0;
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]) : text;
}

// Setting micromark up (combining its constructs and its HTML handlers) is most of rendering a short note,
// so the parser and the compiler are made once; the per-document state both keep is cleared before each note.
let parser: ReturnType<typeof parse> | undefined;
let compiler: ReturnType<typeof compile> | undefined;
let compiled = '';
// The compiler's own flags between handlers (all reset to "unset", as a new compiler starts).
const COMPILE_FLAGS = ['characterReferenceType', 'expectFirstItem', 'fencesCount', 'flowCodeSeenData', 'headingRank', 'ignoreEncode', 'inCodeText', 'lastWasTag', 'slurpAllLineEndings', 'slurpOneLineEnding'] as const;
// Each note is compiled into a buffer of its own, taken at the end, so the compiler's output never accumulates.
const oneDocument: HtmlExtension = {
  enter: {
    null() {
      for (const flag of COMPILE_FLAGS) this.setData(flag, undefined);
      const definitions = this.getData('definitions');
      for (const id of Object.keys(definitions)) delete definitions[id];
      this.getData('tightStack').length = 0;
      this.buffer();
    },
  },
  exit: {
    null() {
      compiled = this.resume();
    },
  },
};
const OPTIONS = { allowDangerousHtml: false, allowDangerousProtocol: false };

function markdownToHtml(markdown: string): string {
  parser ??= parse();
  parser.defined.length = 0;
  for (const line of Object.keys(parser.lazy)) delete parser.lazy[Number(line)];
  const events = postprocess(parser.document().write(preprocess()(markdown, undefined, true)));
  // A compiler keeps the first line ending it meets for the whole document: notes with \r get a fresh one.
  if (markdown.includes('\r')) return compile(OPTIONS)(events);
  compiler ??= compile({ ...OPTIONS, htmlExtensions: [oneDocument] });
  compiler(events);
  return compiled;
}

/**
 * Notes Markdown as HTML: what `micromark(markdown, options)` does, with the parser set up once.
 * micromark's defaults escape raw HTML and drop dangerous URL protocols (javascript:, data:,
 * vbscript:); both are kept off on purpose. `headingsBelow` moves the notes' own headings down that
 * many levels, so a `#` in the notes sits under the section heading it is shown in.
 */
export function notesToHtml(markdown: string, headingsBelow = 0): string {
  const html = markdownToHtml(markdown);
  return headingsBelow > 0 ? html.replace(/<(\/?)h([1-6])>/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + headingsBelow)}>`) : html;
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1d1f; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.meta { color: #5f6368; } .meeting { break-before: page; } .meeting:first-of-type { break-before: auto; }
nav ol { padding-left: 1.2rem; } li { margin: 0.2rem 0; }
@media print { body { margin: 0; } a { color: inherit; } }`;

const KIND: Record<string, string> = { question: 'Question', update: 'Update', ask: 'Ask', thanks: 'Thanks' };

function meetingSection(m: MeetingRecord, index: number, level: 1 | 2): string {
  const h = (n: number) => `h${n + level - 1}`;
  const list = (items: string[], empty: string) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="meta">${empty}</p>`);
  return `<section class="meeting" id="meeting-${index + 1}">
<${h(1)}>Meeting with ${escapeHtml(m.mentor.name)} — ${escapeHtml(m.day)}</${h(1)}>
<p class="meta">${m.durationMinutes} minutes${m.location ? ` · ${escapeHtml(m.location)}` : ''} · ${escapeHtml(m.status)}${m.goals.length ? ` · Goals: ${m.goals.map(escapeHtml).join(', ')}` : ''}</p>
<${h(2)}>Agenda</${h(2)}>
${list(m.agenda.map((a) => `${a.status === 'discussed' ? '✓ ' : ''}${KIND[a.kind]}: ${escapeHtml(a.text)} (${a.minutes} min)`), 'No agenda.')}
<${h(2)}>Notes</${h(2)}>
${m.notes.trim() ? `<div class="notes">${notesToHtml(m.notes, level + 1)}</div>` : '<p class="meta">No notes.</p>'}
<${h(2)}>Advice</${h(2)}>
${list(m.advice.map((a) => `${escapeHtml(a.text)}${a.goal ? ` <span class="meta">(goal: ${escapeHtml(a.goal)})</span>` : ''}`), 'No advice recorded.')}
<${h(2)}>Commitments</${h(2)}>
${list(m.commitments.map((c) => `${escapeHtml(c.title)} — ${escapeHtml(c.status)}${c.dueDate ? `, due ${escapeHtml(c.dueDate)}` : ''}${c.outcome ? `. Outcome: ${escapeHtml(c.outcome)}` : ''}`), 'No commitments.')}
</section>`;
}

/** A self-contained, printable HTML document: inline CSS, no scripts, every user text escaped. */
export function htmlDocument(contents: ContentsEntry[], title: string): ExportDocument {
  const single = contents.length === 1;
  const toc = single
    ? ''
    : `<h1>${escapeHtml(title)}</h1><nav aria-label="Contents"><h2>Contents</h2><ol>${contents
        .map((m, i) => `<li><a href="#meeting-${i + 1}">${escapeHtml(m.day)} — ${escapeHtml(m.mentor.name)}</a></li>`)
        .join('')}</ol></nav>`;
  const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(single ? `Meeting with ${contents[0].mentor.name}` : title)}</title>
<style>${STYLE}</style></head>
<body>${toc}
`;
  return { head, section: (m, i) => meetingSection(m, i, single ? 1 : 2), between: '\n', tail: '\n</body></html>' };
}
