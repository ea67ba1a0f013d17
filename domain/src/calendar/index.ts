export * from './holidays';
export * from './local-date';
export * from './periods';
export * from './working-days';
