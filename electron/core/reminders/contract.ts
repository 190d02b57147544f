// Operations of the reminders domain. Each entry: name → zod input → result type (see ../operation.ts).
export const remindersContract = {};
