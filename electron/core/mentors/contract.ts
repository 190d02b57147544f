// Operations of the mentors domain. Each entry: name → zod input → result type (see ../operation.ts).
export const mentorsContract = {};
