import { PlaceholderMap } from './placeholders.ts';
import { replaceDnsNames } from './dns-names.ts';
import type { KindCounts } from './kinds.ts';
import {
  COLLECTOR_ZIP, DOMAIN_USER, DOTNET_NAMES, EMAIL, FIELD, FIELD_LABEL, IPV4, IPV6_CANDIDATE, NAME_SHAPE, PROFILE_PATH, PROFILE_ROOT, SETUP_NAME, SID, UNC_HOST, URL_HOST,
  VERSION_BEFORE, escapeRegExp, fieldKind, isIpv6,
} from './patterns.ts';
import {
  PATH_WORDS, SHARED_PROFILES, WELL_KNOWN_ACCOUNTS, WELL_KNOWN_DOMAINS, isAnalyzerToken, isPersonalSid, isPublicHost,
  isSharedIpv4, isSharedIpv6,
} from './keep.ts';

/** Longest name looked for bare elsewhere (a DNS label is at most 63 characters). */
const MAX_NAME = 64;
/** Most names looked for bare elsewhere; more would make one huge pattern. */
const MAX_LEARNED = 2000;

const WHOLE_IPV4 = new RegExp(`^${IPV4.source}$`, 'u');

/** Field values that say "nobody": `N/A`, `暂缺`, `-`. */
const EMPTY_VALUES = new Set(['n/a', 'na', '-', '暂缺', '不适用', 'none', '(null)', 'null', 'workgroup']);

/**
 * Replaces personal data in log lines with placeholders, one line at a time (so it streams),
 * with one map for every file of an export. Codes, KB numbers, builds, GUIDs and times are
 * left alone: the redacted logs must still analyze the same.
 *
 * Names learned in one place (a `Computer:` field, a profile path) are also replaced where
 * they appear bare later; the export's first pass over all files (export.ts) makes that
 * hold for lines that come before the field too.
 */
export class Redactor {
  readonly map = new PlaceholderMap();
  /** bare names to look for, by kind; rebuilt into one pattern when it grows */
  private readonly learned = new Map<string, 'user' | 'host' | 'domain'>();
  private learnedPattern?: RegExp;

  /** Redacts one line, or a block of whole lines (no pattern crosses a line end). */
  line(text: string): string {
    // most blocks hold no `@`: skip the e-mail pattern, the costliest to try at every word
    let out = (text.includes('@') ? text.replace(EMAIL, (m) => this.map.take('email', m)) : text)
      .replace(URL_HOST, (_m, scheme: string, host: string) => scheme + this.host(host))
      .replace(UNC_HOST, (_m, slashes: string, host: string) => slashes + this.host(host))
      .replace(SID, (m) => (isPersonalSid(m) ? this.map.take('sid', m) : m))
      .replace(PROFILE_PATH, (m, folder: string, user: string, at: number, all: string) =>
        SHARED_PROFILES.has(user.toLowerCase()) || !PROFILE_ROOT.test(all.slice(Math.max(0, at - 40), at)) ? m : folder + this.user(user),
      )
      .replace(DOMAIN_USER, (m, domain: string, user: string, at: number, all: string) => this.domainUser(m, domain, user, all.slice(Math.max(0, at - 4), at)))
      .replace(FIELD, (_m, field: string, sep: string, value: string) => field + sep + this.field(field, value))
      .replace(SETUP_NAME, (_m, said: string, sep: string, value: string) => said + sep + this.field(said.startsWith('ComputerName') ? 'Computer Name' : 'User Name', value));
    out = replaceDnsNames(out, (name) => (DOTNET_NAMES.has(name.toLowerCase()) ? name : this.host(name)))
      .replace(IPV4, (m, at: number, all: string) => (isSharedIpv4(m) || VERSION_BEFORE.test(all.slice(Math.max(0, at - 12), at)) ? m : this.map.take('ip', m)))
      .replace(IPV6_CANDIDATE, (m) => (isIpv6(m) && !isSharedIpv6(m.toLowerCase()) ? this.map.take('ip', m.toLowerCase()) : m));
    const bare = this.learnedRegExp();
    if (bare) out = out.replace(bare, (m) => this.map.take(this.learned.get(m.toLowerCase())!, m));
    return out;
  }

  /** Redacts a file name or an archive path, segment by segment (collector zips carry the computer name). */
  fileName(path: string): string {
    return path
      .split('/')
      .map((segment) => {
        const m = COLLECTOR_ZIP.exec(segment);
        return m ? this.host(m[1]) + this.line(m[2]) : this.line(segment);
      })
      .join('/');
  }

  counts(): KindCounts {
    return this.map.counts();
  }

  /** After a learning pass: keep the placeholders, count again from zero. */
  startCounting(): void {
    this.map.resetCounts();
  }

  /** A host as written in a URL, a field or a DNS name: IP, `host.domain`, a domain, or a bare host. */
  private host(raw: string): string {
    const value = raw.replace(/\.$/, '');
    if (value.startsWith('<') || isPublicHost(value)) return raw;
    if (value.startsWith('[')) return isSharedIpv6(value.slice(1, -1)) ? raw : `[${this.map.take('ip', value.slice(1, -1).toLowerCase())}]`;
    if (WHOLE_IPV4.test(value)) return isSharedIpv4(value) ? raw : this.map.take('ip', value);
    if (isIpv6(value)) return this.map.take('ip', value.toLowerCase());
    if (/^localhost$/i.test(value) || isAnalyzerToken(value)) return raw;
    const labels = value.split('.');
    if (labels.length === 1) return this.named('host', value);
    if (labels.length === 2) return this.domain(value);
    return `${this.named('host', labels[0])}.${this.domain(labels.slice(1).join('.'))}`;
  }

  private domain(value: string): string {
    const first = value.split('.')[0];
    if (first.length >= 3 && !PATH_WORDS.has(first.toLowerCase())) this.learn(first, 'domain');
    return this.map.take('domain', value);
  }

  private user(value: string): string {
    return this.named('user', value);
  }

  /** A host or user name: replaced here, and learned to be found bare elsewhere. */
  private named(kind: 'user' | 'host', value: string): string {
    if (value.length >= 3 && !isAnalyzerToken(value)) this.learn(value, kind);
    return this.map.take(kind, value);
  }

  private domainUser(whole: string, domain: string, user: string, before: string): string {
    const d = domain.toLowerCase();
    if (WELL_KNOWN_DOMAINS.has(d) || PATH_WORDS.has(d) || isAnalyzerToken(domain) || /\bNT\s$/i.test(before)) return whole;
    const sep = whole.slice(domain.length, whole.length - user.length);
    // A local account is `COMPUTER\user`; a computer account is `DOMAIN\COMPUTER$`.
    const left = this.learned.get(d) === 'host' ? this.named('host', domain) : this.netbios(domain);
    if (user.endsWith('$')) return `${left}${sep}${this.named('host', user.slice(0, -1))}$`;
    return `${left}${sep}${WELL_KNOWN_ACCOUNTS.has(user.toLowerCase()) ? user : this.user(user)}`;
  }

  private netbios(name: string): string {
    if (name.length >= 3) this.learn(name, 'domain');
    return this.map.take('domain', name);
  }

  private field(field: string, value: string): string {
    const v = value.toLowerCase();
    if (value.startsWith('<') || value.includes('\\') || /^S-1-/i.test(value) || EMPTY_VALUES.has(v)) return value;
    // numbers, dates, times, GUIDs and codes are never a name, whatever field they follow
    if (isAnalyzerToken(value) || /^[\d.:/-]+$/.test(value) || /^\{?[0-9a-f]{8}-[0-9a-f-]{27}\}?$/i.test(value)) return value;
    if (!NAME_SHAPE.test(value) || FIELD_LABEL.test(value)) return value;
    if (v === 'nt' || WELL_KNOWN_ACCOUNTS.has(v)) return value;
    const kind = fieldKind(field);
    if (kind === 'user') return this.user(value);
    if (kind === 'domain') return value.includes('.') ? this.domain(value) : this.netbios(value);
    return this.host(value);
  }

  private learn(name: string, kind: 'user' | 'host' | 'domain'): void {
    const key = name.toLowerCase();
    // Real names are short; garbage in a damaged log must not grow the pattern without bound.
    if (key.length > MAX_NAME || this.learned.size >= MAX_LEARNED || this.learned.has(key) || WELL_KNOWN_ACCOUNTS.has(key)) return;
    this.learned.set(key, kind);
    this.learnedPattern = undefined;
  }

  /** One pattern for every learned name, longest first, matched as a whole token. */
  private learnedRegExp(): RegExp | undefined {
    if (this.learnedPattern || this.learned.size === 0) return this.learnedPattern;
    const names = [...this.learned.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.learnedPattern = new RegExp(`(?<![\\p{L}\\p{N}_<\\\\.-])(?:${names.join('|')})(?![\\p{L}\\p{N}_>-])`, 'giu');
    return this.learnedPattern;
  }
}
