/**
 * The conclusion of a reply when nothing is provably failing: say so plainly (healthy),
 * say what failed and what fixed it (recovered), or say that the logs cannot tell
 * (inconclusive); and what to send next. The words are the analyzer's verdict words.
 */
import { headingColon, type Lang } from '../i18n/lang.ts';
import type { Report } from '../analyzer/report/model.ts';
import { STRINGS } from '../analyzer/report/strings.ts';
import { coverageSentence, leadSentence, setAsideSentences, afterLeadSentences, updateName, VERDICT_WORDS, whenOf } from '../analyzer/report/verdict-words.ts';
import { code, p, ul, type Block } from './document.ts';

export function verdictBlocks(report: Report, lang: Lang): Block[] {
  const w = VERDICT_WORDS[lang];
  const t = STRINGS[lang];
  const { verdict } = report;
  const c = verdict.coverage;
  const blocks: Block[] = [p(leadSentence(verdict, lang)), p(coverageSentence(c, lang)), ...[...afterLeadSentences(verdict, lang), ...setAsideSentences(verdict, lang)].map((s) => p(s))];
  if (verdict.recovered.length) {
    blocks.push(
      p(`${w.recovered}${headingColon(lang)}`),
      ul(
        verdict.recovered.map((r) => [
          ...(r.code ? [code(r.code), ' '] : []),
          w.recoveredItem(updateName(r.update, t.unknownUpdate), whenOf(r.failure), whenOf(r.fixedBy), !!r.restartPending),
        ]),
      ),
    );
  }
  return blocks;
}

/** What to collect next, when the verdict asks for more. */
export function nextBlocks(report: Report, lang: Lang): Block[] {
  const w = VERDICT_WORDS[lang];
  const next = report.verdict.next;
  return next.length ? [p(`${w.next}${headingColon(lang)}`), ul(next.map((n) => [w.steps[n]]))] : [];
}
