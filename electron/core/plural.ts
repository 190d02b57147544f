const english = new Intl.PluralRules('en');

/**
 * A count and its noun, picked by Intl.PluralRules (the app's words are English): plural(1, 'day') is
 * "1 day", plural(3, 'piece', 'pieces') "3 pieces". Irregular plurals pass `other`.
 */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralWord(count, one, other)}`;
}

/** Only the word: pluralWord(2, 'It', 'They') is "They". */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return english.select(count) === 'one' ? one : other;
}
