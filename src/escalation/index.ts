export * from './ticket';
export * from './state-machine';
export * from './ticket-store';
export * from './ticket-card';
export * from './user-cards';
export * from './new-ticket';
export { W as escalationWords } from './words';
export type { EscLocale } from './words';
export { ESC } from './errors';
