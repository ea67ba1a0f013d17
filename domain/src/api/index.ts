export * from './auth';
export * from './children';
export * from './common';
