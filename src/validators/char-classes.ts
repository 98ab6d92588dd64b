/** How many of the classes lowercase, uppercase, digit and symbol (anything else) occur in `value`. */
export function charClassCount(value: string): number {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes;
}

/** How many of lowercase, uppercase and digit occur: random alphanumeric tokens mix at least two. */
export function alnumClassCount(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((pattern) => pattern.test(value)).length;
}
