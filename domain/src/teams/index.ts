export * from './genogram';
export * from './meeting-dates';
