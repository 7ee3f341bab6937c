import type { Plugin } from 'vite';

export interface Sheet {
  key: string;
  bucket: string;
  condition: string;
  priority: number;
}
export type BucketEntry = string | [string, Record<string, unknown>];
export type Sheets = Map<string, { sheet: Sheet; rules: string[] }>;
type Parse = (code: string) => unknown;

export const BUCKET_ORDER: string[];
export function literalValue(node: unknown): unknown;
export function sheetOf(bucket: string, metadata?: Record<string, unknown>): Sheet;
export function compareSheets(a: Sheet, b: Sheet): number;
export function addRules(sheets: Sheets, buckets: Record<string, BucketEntry[]>): Sheets;
export function buildStylesheet(sheetMaps: Sheets[]): string;
export function extractGriffelCss(
  code: string,
  id: string,
  parse: Parse,
  tokenValues?: Record<string, string> | null,
): { code: string; map: unknown; sheets: Sheets; calls: number; tokens: number } | null;
export function griffelCssExtraction(): Plugin;
