import type { AgendaKind } from '../../../../electron/core/values';

export const KIND_LABEL: Record<AgendaKind, string> = { question: 'Question', update: 'Update', ask: 'Ask for help', thanks: 'Thanks' };
