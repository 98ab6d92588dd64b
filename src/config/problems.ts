import { ConfigError, ConfigProblem } from './config';
import { didYouMean } from './did-you-mean';

/**
 * Collects every problem of one config file (so all are reported at once) and offers the type
 * checks the validators share. Each check returns the value typed, or undefined after recording
 * what is wrong under its key path.
 */
export class Problems {
  private readonly list: ConfigProblem[] = [];

  constructor(readonly file: string) {}

  add(key: string, message: string): void {
    this.list.push({ file: this.file, key, message });
  }

  /** How many problems were recorded so far. */
  get count(): number {
    return this.list.length;
  }

  /** Throws a ConfigError listing everything recorded so far, if anything was. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ConfigError(this.list);
  }

  /** Records every key of `object` not in `known`, with the closest known name as a hint. */
  unknownKeys(object: Record<string, unknown>, prefix: string, known: readonly string[]): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        this.add(`${prefix}${key}`, `unknown option${didYouMean(key, known)} (known: ${known.join(', ')})`);
      }
    }
  }

  object(value: unknown, key: string): Record<string, unknown> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.add(key, `must be an object, not ${describeType(value)}`);
    return undefined;
  }

  string(value: unknown, key: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.add(key, `must be a non-empty string, not ${describeType(value)}`);
    return undefined;
  }

  /** An array of non-empty strings; bad elements are reported by index and left out. */
  strings(value: unknown, key: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.add(key, `must be an array of strings, not ${describeType(value)}`);
      return undefined;
    }
    const strings: string[] = [];
    value.forEach((element, index) => {
      const checked = this.string(element, `${key}[${index}]`);
      if (checked !== undefined) strings.push(checked);
    });
    return strings.length === value.length ? strings : undefined;
  }

  number(value: unknown, key: string, min: number, max: number, integer = false): number | undefined {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
    if (ok) return value;
    this.add(key, `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not ${describeType(value)}`);
    return undefined;
  }

  oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
    this.add(key, `must be one of ${allowed.join(', ')}, not ${describeType(value)}${hint}`);
    return undefined;
  }
}

/** `"abc"`, `42`, `an array`, `null`… for messages (strings are cut: they might be secrets). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a ${value.length}-character string`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}
