export * from './clock';
export * from './intake';
