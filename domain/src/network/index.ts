export * from './anonymiser';
export * from './network-map';
