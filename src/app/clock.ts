/**
 * The one clock of the process, read only at the edge (the server's start-up and the CLI) and passed down
 * to everything that needs "now"; tests pass a fixed one instead.
 */
export const systemClock = (): Date => new Date();
