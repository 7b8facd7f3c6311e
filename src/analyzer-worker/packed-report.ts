/**
 * A report on its way from a worker to the page. Its `packages` list (every servicing package
 * identity the logs name, with evidence) is most of a big report and the page draws none of it,
 * yet receiving it as objects is work for the main thread. It travels as one JSON string instead,
 * which is copied whole, and is parsed only when something reads it: saving the report does.
 * On the benchmark's collector report (5.7 MB as JSON, 3.8 MB of it packages), receiving took
 * 34 ms as objects and 21 ms packed (V8's deserializer, median of 5).
 */
import type { Report } from '../analyzer/index.ts';

export interface PackedReport {
  /** the report, its `packages` empty */
  report: Report;
  /** `report.packages` as JSON */
  packages: string;
}

export function packReport(report: Report): PackedReport {
  return { report: { ...report, packages: [] }, packages: JSON.stringify(report.packages) };
}

/** The report again; `packages` keeps its place among the keys, so the report saves as it was built. */
export function unpackReport({ report, packages }: PackedReport): Report {
  let parsed: Report['packages'] | undefined;
  Object.defineProperty(report, 'packages', {
    get: () => (parsed ??= JSON.parse(packages) as Report['packages']),
    enumerable: true,
    configurable: true,
  });
  return report;
}
