import Markdown from 'react-markdown';

/**
 * User Markdown rendered safely: raw HTML is shown as text (no rehype-raw), react-markdown's default URL
 * filter drops javascript: and other unsafe protocols, and links open outside the app.
 */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <Markdown
      skipHtml
      components={{
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
