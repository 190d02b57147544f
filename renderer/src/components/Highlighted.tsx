import './Highlighted.css';

/** Text with the core's match markers (\u0002…\u0003) shown as <mark>, built as React nodes, never as HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/u);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('\u0002') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part.replace(/[\u0002\u0003]/g, '')}</span>,
      )}
    </>
  );
}
