// Operations of the goals domain. Each entry: name → zod input → result type (see ../operation.ts).
export const goalsContract = {};
