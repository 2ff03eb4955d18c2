import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/domain/time/days';
import { parseExtractArgs } from './cli-args';

describe('parseExtractArgs', () => {
  it('reads the file, the publication date and the id, in either flag form', () => {
    expect(parseExtractArgs(['a.txt', '--published', '2020-03-02', '--id=006_x'])).toEqual({
      file: 'a.txt',
      published: parseIsoDay('2020-03-02'),
      id: '006_x',
    });
    expect(parseExtractArgs(['--published=2020-03-02', 'a.txt'])).toMatchObject({ id: null });
  });

  it.each([
    [['--published', '2020-03-02'], 'no article file given'],
    [['a.txt'], 'no publication date given'],
    [['a.txt', '--published', '2020-02-30'], 'is not a date'],
    [['a.txt', '--published', '2.3.2020'], 'is not a date'],
    [['a.txt', '--published'], '--published needs a value'],
    [['a.txt', 'b.txt', '--published', '2020-03-02'], 'one article at a time'],
    [['a.txt', '--published', '2020-03-02', '--verbose'], 'unknown option --verbose'],
    [['a.txt', '--published', '2020-03-02', '--id', 'Bad Id'], 'use lowercase'],
  ])('says what is wrong with %j', (argv, message) => {
    const result = parseExtractArgs(argv);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(message);
  });
});
