import type { Registry } from 'prom-client';

/** This app's Prometheus registry; features add their gauges (queue depths, replica lag) to it. */
export interface Metrics {
  readonly registry: Registry;
  /** Registers a gauge whose value is read when /metrics is scraped. */
  addGauge(name: string, help: string, read: () => Promise<number | undefined> | number | undefined): void;
}
