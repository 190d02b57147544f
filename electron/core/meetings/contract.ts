// Operations of the meetings domain. Each entry: name → zod input → result type (see ../operation.ts).
export const meetingsContract = {};
