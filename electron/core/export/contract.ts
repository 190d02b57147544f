// Operations of the export domain. Each entry: name → zod input → result type (see ../operation.ts).
export const exportContract = {};
