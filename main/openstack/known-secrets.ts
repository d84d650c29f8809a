import { OpenStackError } from './errors.js';
import { REDACTED, redactUrlsInText } from './redact.js';

/**
 * Shorter values would replace ordinary words ("admin", "demo") all over the screen, and
 * are too weak to be worth hiding by value; key-based redaction still hides them in bodies.
 */
export const MIN_SECRET_LENGTH = 6;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The last net (DESIGN.md decision 8): every value main knows to be secret — live tokens,
 * stored and typed passwords and credential secrets, the adminPass of a launch in flight — is
 * replaced wherever it appears in a string that leaves main, whatever key or message holds
 * it (Nova echoes rejected values in its error messages). Registration is counted: two
 * holders of one value both have to let go before it is forgotten.
 */
export class KnownSecrets {
  private readonly counts = new Map<string, number>();
  private pattern: RegExp | null | undefined;

  /** Registers a value and returns the function that forgets it. Short or empty values are ignored. */
  add(value: string | undefined): () => void {
    if (!value || value.length < MIN_SECRET_LENGTH) return () => {};
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.pattern = undefined;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.remove(value);
    };
  }

  remove(value: string): void {
    const n = this.counts.get(value);
    if (n === undefined) return;
    if (n > 1) this.counts.set(value, n - 1);
    else this.counts.delete(value);
    this.pattern = undefined;
  }

  get size(): number {
    return this.counts.size;
  }

  /** The value as it appears raw, inside a JSON string, and in a URL. */
  private static forms(value: string): string[] {
    return [...new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])];
  }

  private regex(): RegExp | null {
    if (this.pattern === undefined) {
      const forms = [...this.counts.keys()].flatMap(KnownSecrets.forms);
      // longest first, so a secret that contains another is replaced whole
      forms.sort((a, b) => b.length - a.length);
      this.pattern = forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : null;
    }
    return this.pattern;
  }

  /** A string with every known secret and every secret URL parameter replaced. */
  scrub(text: string): string {
    const re = this.regex();
    const out = re ? text.replace(re, REDACTED) : text;
    return redactUrlsInText(out);
  }

  /**
   * The same for a JSON-like value (an IPC result, an event payload, a log entry): strings and
   * object keys at any depth. Parts with nothing to hide are returned as they are, not copied.
   */
  scrubDeep<T>(value: T): T {
    return this.walk(value, 0) as T;
  }

  private walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (depth > 64) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      value.forEach((item, i) => {
        const s = this.walk(item, depth + 1);
        if (s !== item) (copy ??= [...value])[i] = s;
      });
      return copy ?? value;
    }
    if (isPlainObject(value)) {
      let copy: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(value)) {
        const key = this.scrub(k);
        const s = this.walk(v, depth + 1);
        if (key === k && s === v) continue;
        copy ??= { ...value };
        if (key !== k) delete copy[k];
        copy[key] = s;
      }
      return copy ?? value;
    }
    if (value instanceof OpenStackError) return this.scrubError(value);
    return value;
  }

  /**
   * Runs `work` with `values` registered (the adminPass of a launch in flight): a failure is
   * scrubbed before it is thrown, while the values are still known, and then they are forgotten.
   */
  async during<T>(values: readonly (string | undefined)[], work: () => Promise<T>): Promise<T> {
    const forget = values.map((v) => this.add(v));
    try {
      return await work();
    } catch (e) {
      throw this.scrubError(e);
    } finally {
      for (const f of forget) f();
    }
  }

  /** An error whose message may echo a secret, as one that does not (same kind and fields). */
  scrubError<E>(e: E): E {
    if (!(e instanceof Error)) return e;
    const message = this.scrub(e.message);
    if (message === e.message) return e;
    if (e instanceof OpenStackError) return new OpenStackError(e.kind, message, e.toJSON()) as E;
    const copy = new Error(message);
    copy.name = e.name;
    return copy as E;
  }
}

/** The one registry of the process: sessions, the profile service and the launch register here. */
export const knownSecrets = new KnownSecrets();
