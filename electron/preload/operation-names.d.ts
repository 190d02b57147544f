/** The contract's operation names, written into the preload bundle at build time (electron.vite.config.ts). */
declare const __PLANNER_OPERATION_NAMES__: readonly string[];
