// Operations of the search domain. Each entry: name → zod input → result type (see ../operation.ts).
export const searchContract = {};
