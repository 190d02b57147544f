import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { notesToHtml } from '../../electron/core/export/html';

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
});
