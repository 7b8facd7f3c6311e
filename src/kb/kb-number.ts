/**
 * A KB number as people type it → its canonical `KB5016623`. NFKC folds full-width letters and
 * digits (`ＫＢ５０１６６２３`), so a number typed with a Chinese input method reads the same.
 */

/**
 * `KB5016623`, `kb 5016623`, `KB-5016623`, `kb_5016623`: the whole text names one KB. A letter O
 * among its digits (`KB5O16623`, typed by hand) is read as the zero it stands for.
 */
const KB_WHOLE = /^kb[\s_-]*([\dOo]{6,8})$/i;
/** Bare digits are a KB number only in the length KB numbers have; 8 digits are a code. */
const BARE = /^\d{6,7}$/;

/** The text folded as a reader means it: full-width to ASCII, spaces trimmed. */
const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * The KB number the whole text names, or undefined. `bare`: also take `5016623` alone (the
 * search box does; a sentence with a number in it does not name a KB).
 */
export function readKbNumber(text: string, { bare = true }: { bare?: boolean } = {}): string | undefined {
  const folded = fold(text);
  const whole = KB_WHOLE.exec(folded);
  if (whole && /\d{4}/.test(whole[1].replace(/o/gi, ''))) return `KB${whole[1].replace(/o/gi, '0')}`;
  return bare && BARE.test(folded) ? `KB${folded}` : undefined;
}

/** A KB number written in running text: `KB6016623 安装失败`, `install KB 6016623 failed`. */
const KB_IN_TEXT = /(?<![a-z0-9_])kb[\s_-]*(\d{6,8})(?!\d)/gi;

/** The KB numbers a sentence names, each once, in the order written (bare digits are not one here). */
export function kbNumbersIn(text: string): string[] {
  return [...new Set([...fold(text).matchAll(KB_IN_TEXT)].map((m) => `KB${m[1]}`))];
}

/** The KB number in a package file name: `windows10.0-kb5016623-x64_1cbe08….msu` → `KB5016623`. */
export function kbInFileName(name: string): string | undefined {
  const m = /(?<![a-z0-9])kb(\d{6,8})(?!\d)/i.exec(name.normalize('NFKC'));
  return m ? `KB${m[1]}` : undefined;
}
