import type { LayoutStatus } from './types';

/** What one region of a page was read with. */
export interface RegionReading {
  region: string;
  layer: string;
  /** True when the layer is the region's newest one. */
  primary: boolean;
}

/**
 * ok: the required regions were found, all with their primary layer, and nothing expected was missing.
 * degraded: found, but some region needed a fallback layer or an expected region was absent.
 * unknown: a required region was not found at all.
 */
export function layoutStatus(
  readings: readonly RegionReading[],
  required: readonly string[],
  expected: readonly string[] = [],
): LayoutStatus {
  const found = new Set(readings.map((reading) => reading.region));
  if (required.some((region) => !found.has(region))) return 'unknown';
  if (expected.some((region) => !found.has(region))) return 'degraded';
  return readings.every((reading) => reading.primary) ? 'ok' : 'degraded';
}

export function layerNames(readings: readonly RegionReading[]): string[] {
  return readings.map((reading) => `${reading.region}:${reading.layer}`);
}
