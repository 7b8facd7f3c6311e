/** Saving the result as a JSON download: a Blob and a temporary `a[download]`, nothing sent anywhere. */
import type { Report } from '../../analyzer/index.ts';
import { reportFileName, reportToJSON } from './saved-report.ts';

export function downloadReport(report: Report): void {
  const url = URL.createObjectURL(new Blob([reportToJSON(report)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy once started
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
