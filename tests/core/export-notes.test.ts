import fc from 'fast-check';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { notesToHtml } from '../../electron/core/export/html';
import { propertyParameters } from '../helpers/property';

const options = { allowDangerousHtml: false, allowDangerousProtocol: false };

describe('notes rendered with one parser set up for the whole export', () => {
  it('renders each note exactly as a fresh micromark call would', () => {
    const notes = [
      '## Notes\n- We discussed **hiring**\n- [Plan](https://example.com/plan)',
      '> quoted\nlazy continuation\n\n1. one\n2. two',
      '<script>alert(1)</script> [bad](javascript:alert(1))',
      '```\ncode\n```\n\n| a | b |',
    ];
    for (const note of notes) expect(notesToHtml(note)).toBe(micromark(note, options));
  });

  it('does not carry one note’s link definitions into the next', () => {
    expect(notesToHtml('See [the plan].\n\n[the plan]: https://example.com/plan')).toContain('href="https://example.com/plan"');
    const next = 'See [the plan].';
    expect(notesToHtml(next)).toBe(micromark(next, options));
    expect(notesToHtml(next)).not.toContain('href');
  });

  it('renders any run of notes as fresh micromark calls would (one compiler reused, its state cleared between notes)', () => {
    // Pieces that open and close Markdown's stateful constructs: lists (tight/loose), fences, definitions,
    // references, headings, emphasis, character references, hard breaks and both line endings.
    const piece = fc.constantFrom('- a', '1. b', '', '   ', '```', '~~~js', '[x]: /u "t"', '[x]', '![i](/p)', '# h', 'h\n===', '**s** _e_', '&amp; &#35;', 'a  ', '> q', '    code', '<b>', 'x\\', '`c`', '\r\n', 'text');
    const note = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('\n'));
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), (notes) => {
        for (const text of notes) expect(notesToHtml(text)).toBe(micromark(text, options));
      }),
      propertyParameters({ runs: 300 }),
    );
  });
});
