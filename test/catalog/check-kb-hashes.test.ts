import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/catalog/compile.ts';
import { ContentError } from '../../src/catalog/content-error.ts';
import { KB, input, lineOf } from './fixtures.ts';

const RECORD = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
/** The case's e-mail copy of the same hash, one character off. */
const CASE_TYPO = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';

/** A second KB record, KB5016690, with `sha256`. */
function secondKb(sha256: string): string {
  return KB.replaceAll('KB5016623', 'KB5016690').replaceAll('kb5016623', 'kb5016690').replace(RECORD, sha256);
}

function compileWith(sha256: string): string {
  const kb = secondKb(sha256);
  const kbs = [
    { path: 'content/kb/kb5016623.md', text: KB },
    { path: 'content/kb/kb5016690.md', text: kb },
  ];
  try {
    compileCatalog(input({ extra: { kbs } }));
    return 'compiled';
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

describe('hashes across KB records', () => {
  it('stop the build when two records have the same SHA-256, at the later sha256 line', () => {
    const line = lineOf(secondKb(RECORD), 'sha256:');
    expect(compileWith(RECORD.toLowerCase())).toMatch(
      new RegExp(`^content/kb/kb5016690\\.md:${line}: KB5016690 has the same SHA-256 as KB5016623 \\(content/kb/kb5016623\\.md:${lineOf(KB, 'sha256:')}\\)\\n  hint: .*kb record`),
    );
  });
  it("stop the build on the case's one-character typo recorded as another package's hash", () => {
    const line = lineOf(secondKb(CASE_TYPO), 'sha256:');
    expect(compileWith(CASE_TYPO).split('\n')[0]).toBe(
      `content/kb/kb5016690.md:${line}: the SHA-256 of KB5016690 is 1 character from that of KB5016623 (content/kb/kb5016623.md:${lineOf(KB, 'sha256:')})`,
    );
  });
  it('stop the build on two characters apart, and let three pass', () => {
    expect(compileWith(RECORD.slice(0, 62) + '00')).toMatch(/is 2 characters from that of KB5016623/);
    expect(compileWith(RECORD.slice(0, 61) + '000')).toBe('compiled');
  });
  it('let records without a hash pass', () => {
    expect(compileWith('null')).toBe('compiled');
  });
});
