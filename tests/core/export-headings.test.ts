import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headingsBelow } from '../../electron/core/export/markdown';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

const NOTES = '# Hiring\nHire for slope.\n## Next time\n```\n# not a heading\n```';

describe('headings in exported notes sit under the Notes section', () => {
  it('moves them down in Markdown (one meeting and several) and in HTML', async () => {
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada' });
    const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-20T10:00:00Z' });
    await ok(core, 'meetings.saveNotes', { id: meeting.id, notes: NOTES });
    await ok(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-27T10:00:00Z' });
    const [one] = await ok<{ content: string }[]>(core, 'export.meetings', { selection: { kind: 'meeting', meetingId: meeting.id }, format: 'markdown' });
    expect(one.content).toContain('## Notes\n\n### Hiring\nHire for slope.\n#### Next time\n```\n# not a heading\n```');
    const [all] = await ok<{ content: string }[]>(core, 'export.meetings', { selection: { kind: 'all' }, format: 'markdown' });
    expect(all.content).toContain('### Notes\n\n#### Hiring');
    const [html] = await ok<{ content: string }[]>(core, 'export.meetings', { selection: { kind: 'meeting', meetingId: meeting.id }, format: 'html' });
    expect(html.content).toContain('<h2>Notes</h2>\n<div class="notes"><h3>Hiring</h3>');
    expect(html.content).toContain('<h4>Next time</h4>');
    expect(html.content).not.toMatch(/<div class="notes"><h1>/);
  });

  it('never goes deeper than level six', () => {
    expect(headingsBelow('##### Deep\n###### Deeper', 3)).toBe('###### Deep\n###### Deeper');
  });
});
