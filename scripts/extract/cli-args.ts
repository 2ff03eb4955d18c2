// The command line of `npm run -s extract`, read into what the command needs or a message
// saying what is wrong. Pure, so its errors are unit-tested.
import { parseIsoDay, type Day } from '../../src/domain/time/days';

export const USAGE = 'usage: npm run -s extract -- <article.txt> --published YYYY-MM-DD [--id ID]';

export interface ExtractArgs {
  file: string;
  published: Day;
  id: string | null;
}

export function parseExtractArgs(argv: readonly string[]): ExtractArgs | { error: string } {
  let file: string | null = null;
  let published: string | null = null;
  let id: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--published' || flag === '--id') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      if (flag === '--published') published = value;
      else id = value;
    } else if (flag === '--help' || flag === '-h') {
      return { error: USAGE };
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { error: `one article at a time (also given: ${arg})` };
    }
  }
  if (file === null) return { error: 'no article file given' };
  if (published === null) return { error: 'no publication date given (--published YYYY-MM-DD)' };
  const day = /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseIsoDay(published) : null;
  if (day === null) return { error: `--published ${published} is not a date as YYYY-MM-DD` };
  if (id !== null && !/^[0-9a-z_-]+$/.test(id)) {
    return { error: `--id ${id}: use lowercase letters, digits, "_" and "-"` };
  }
  return { file, published: day, id };
}
