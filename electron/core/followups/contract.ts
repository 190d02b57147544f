// Operations of the followups domain. Each entry: name → zod input → result type (see ../operation.ts).
export const followupsContract = {};
