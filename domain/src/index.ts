export * from './access/index';
export * from './api/index';
export * from './calendar/index';
export * from './errors';
export * from './hetu';
export * from './network/index';
export * from './statutory/index';
export * from './teams/index';
