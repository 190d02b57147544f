import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../electron/core/export/file-names';
import type { ExportFile } from '../../electron/core/export/types';
import { meetingWithEverything } from '../helpers/factories/export';
import { createTestCore, ok, type TestCore } from '../helpers/store';

const bytes = (s: string) => Buffer.byteLength(s);

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('export file names', () => {
  it('caps names by UTF-8 bytes, .part included, so 90 CJK characters can be written', () => {
    const name = safeFileName('会'.repeat(90), 'md');
    expect(bytes(`${name}.part`)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.md')).toBe(true);
    // On the real file system: the .part and the final name both fit.
    fs.writeFileSync(path.join(core.dir, `${name}.part`), 'x');
    fs.renameSync(path.join(core.dir, `${name}.part`), path.join(core.dir, name));
    expect(bytes(safeFileName('👩‍💻'.repeat(100), 'html'))).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(safeFileName('👩‍💻'.repeat(100), 'html')).toMatch(/^(👩‍💻)+\.html$/);
  });

  it('strips bidi controls, so a name cannot disguise its extension', () => {
    expect(safeFileName('Notes \u202Edm.exe', 'md')).toBe('Notes dm.exe.md');
    expect(safeFileName('\u2066a\u2069\u200f\ufeffb', 'md')).toBe('ab.md');
  });

  it('keeps the " (2)" of a long name whole', () => {
    const long = 'x'.repeat(300);
    expect(safeFileName(long, 'md', { suffix: ' (2)' })).toMatch(/^x+ \(2\)\.md$/);
    expect(safeFileName(long, 'md', { suffix: ' (2)' })).not.toBe(safeFileName(long, 'md'));
  });

  it('names two meetings on one day with a long mentor name apart (the numbering used to be cut off)', async () => {
    const { mentorId } = await meetingWithEverything(core, { mentorName: '長'.repeat(200) });
    await ok(core, 'meetings.schedule', { mentorId, scheduledAt: '2026-11-20T15:00:00Z' });
    const files = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'mentor', mentorId }, format: 'markdown-files' });
    expect(new Set(files.map((f) => f.name)).size).toBe(2);
    expect(files[1].name).toMatch(/ \(2\)\.md$/);
    expect(files.every((f) => bytes(`${f.name}.part`) <= 200)).toBe(true);
  });
});

describe('saving one file per meeting', () => {
  it('never replaces a file already in the folder: it adds " (2)"', async () => {
    const { mentorId } = await meetingWithEverything(core);
    await ok(core, 'meetings.schedule', { mentorId, scheduledAt: '2026-11-21T15:00:00Z' });
    const folder = path.join(core.dir, 'notes');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '2026-11-21 Ada Lovelace.md'), 'my own notes');
    core.ctx.platform = { chooseSavePath: async () => path.join(folder, '2026-11-20 Ada Lovelace.md') };
    const first = await ok<{ paths: string[] }>(core, 'export.save', { selection: { kind: 'mentor', mentorId }, format: 'markdown-files' });
    expect(first.paths.map((p) => path.basename(p))).toEqual(['2026-11-20 Ada Lovelace.md', '2026-11-21 Ada Lovelace (2).md']);
    expect(fs.readFileSync(path.join(folder, '2026-11-21 Ada Lovelace.md'), 'utf8')).toBe('my own notes');
    const again = await ok<{ paths: string[] }>(core, 'export.save', { selection: { kind: 'mentor', mentorId }, format: 'markdown-files' });
    expect(path.basename(again.paths[1])).toBe('2026-11-21 Ada Lovelace (3).md');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});
