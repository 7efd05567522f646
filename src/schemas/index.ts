export * from './record.ts';
export * from './sidecar.ts';
