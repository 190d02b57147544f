/** An .ics of up to 12 MB (a calendar of tens of thousands of events). */
export const ICS_MAX_CHARS = 12_000_000;
