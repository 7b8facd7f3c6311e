/**
 * The verifier's paste box: a SHA-256 typed or pasted (certutil or Get-FileHash output too) is
 * compared with the recorded hashes as the search box does it. A near copy of a recorded hash
 * is shown as the mismatch it is, never as a match; on a KB's page (or for a KB a link names),
 * another package's hash is shown as not that KB's, as a file of it would be.
 */
import type { Lang } from '../../i18n/lang.ts';
import { findSha256 } from '../../kb/find-sha256.ts';
import { matchHash, type HashRecord } from '../../kb/hash-match.ts';
import { almostHash } from '../../kb/hash-length.ts';
import { almostHashText } from '../../kb/almost-hash-text.ts';
import type { KbHash } from '../../hash/verdict.ts';
import { expectedHashPanel, hashPanel } from '../kb-match/panels.ts';

/**
 * `onResult` is called as a pasted hash's verdict is shown, so that the file's is taken away: one
 * verdict at a time, of the last thing given. The returned `clear` empties the box for a file's.
 */
export function setupPasteCheck(root: HTMLElement, hashes: () => Promise<HashRecord[]>, expected: Promise<KbHash | undefined>, onResult: () => void): { clear(): void } {
  const box = root.querySelector<HTMLTextAreaElement>('[data-role="paste"]');
  const result = root.querySelector<HTMLElement>('[data-role="paste-result"]');
  const invalid = root.querySelector<HTMLElement>('[data-role="paste-invalid"]');
  // A pasted hash's verdict takes the place of a file's: it says what it is about.
  const subject = root.querySelector<HTMLElement>('[data-role="paste-subject"]');
  if (!box || !result || !invalid || !subject) return { clear() {} };
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  let seq = 0;
  box.addEventListener('input', async () => {
    const mine = ++seq;
    const text = box.value.trim();
    const sha256 = findSha256(text);
    // a live region that stays in place: what it says is announced as it changes
    invalid.textContent = '';
    if (!sha256) {
      subject.hidden = true;
      result.replaceChildren();
      if (text) {
        const almost = almostHash(text, await hashes());
        if (mine === seq) invalid.textContent = almostHashText(almost, lang);
      }
      return;
    }
    const match = matchHash(sha256, await hashes());
    const meant = await expected;
    if (mine !== seq) return;
    onResult();
    subject.hidden = false;
    result.replaceChildren(meant ? expectedHashPanel(match, meant, lang) : hashPanel(match, lang));
  });
  return {
    clear() {
      seq++;
      box.value = '';
      invalid.textContent = '';
      subject.hidden = true;
      result.replaceChildren();
    },
  };
}

