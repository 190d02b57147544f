import { createElement, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** Markdown `#` headings placed below the section they sit in: `#` under an h2 becomes an h3, never deeper than h6. */
function headingsBelow(level: Level): Components {
  const heading = (depth: number) => ({ children }: { children?: ReactNode }) =>
    createElement(`h${Math.min(6, level + depth)}`, { className: 'notes-heading' }, children);
  return { h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6) };
}

/**
 * User Markdown rendered safely: raw HTML is shown as text (no rehype-raw), react-markdown's default URL
 * filter drops javascript: and other unsafe protocols, and links open outside the app. `headingLevel` is
 * the level of the heading the notes sit under, so the notes' own headings nest beneath it.
 */
export function SafeMarkdown({ children, headingLevel = 2 }: { children: string; headingLevel?: Level }) {
  return (
    <Markdown
      skipHtml
      components={{
        ...headingsBelow(headingLevel),
        a: ({ href, children: text }) => (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {text}
          </a>
        ),
        img: ({ alt }) => <span className="muted">[image: {alt}]</span>,
      }}
    >
      {children}
    </Markdown>
  );
}
