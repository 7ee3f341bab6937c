export const mockedPathPrefix: string;
export function patchWorker(source: string): string;
export function mockServiceWorkerSource(): string;
