export * from './record.ts';
export * from './sidecar.ts';
export * from './agency-registry.ts';
export * from './annotation.ts';
export * from './diagnostic-codes.ts';
export * from './legal-registry.ts';
