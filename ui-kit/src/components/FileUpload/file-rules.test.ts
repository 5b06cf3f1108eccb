import { checkFiles, matchesAccept } from './file-rules.ts';

const file = (name: string, size = 1000, type = '') => ({ name, size, type });
const MB = 1024 * 1024;

describe('matchesAccept', () => {
  test.each([
    ['Foto.JPG', 'image/jpeg', ['image/*'], true],
    ['Rechnung.PDF', '', ['.pdf'], true],
    ['Rechnung', 'application/pdf', ['application/pdf'], true],
    ['notes.md', '', ['text/*'], false],
    ['evil.pdf.exe', 'application/x-msdownload', ['.pdf', 'image/*'], false],
    ['.pdf', '', ['.pdf'], false],
    ['anything.bin', 'application/octet-stream', [], true],
  ] as const)('%s (%s) against %j: %s', (name, type, accept, expected) => {
    expect(matchesAccept({ name, type }, accept)).toBe(expected);
  });
});

describe('checkFiles', () => {
  test('accepts what fits and says which rule each refused file broke, with the limit', () => {
    const { accepted, refused } = checkFiles(
      [
        file('a.pdf', 9 * MB),
        file('b.exe', 10),
        file('c.png', 11 * MB, 'image/png'),
        file('d.pdf', 9 * MB),
        file('e.pdf', 9 * MB),
        file('f.txt', 10),
        file('g.txt', 10),
      ],
      { maxFileSize: 10 * MB, maxTotalSize: 20 * MB, maxFiles: 3, accept: ['.pdf', '.txt', 'image/*'] },
    );
    expect(accepted.map(({ name }) => name)).toEqual(['a.pdf', 'd.pdf', 'f.txt']);
    expect(refused).toEqual([
      { reason: 'wrongType', name: 'b.exe', accept: ['.pdf', '.txt', 'image/*'] },
      { reason: 'tooLarge', name: 'c.png', size: 11 * MB, limit: 10 * MB },
      { reason: 'totalTooLarge', name: 'e.pdf', limit: 20 * MB },
      { reason: 'tooMany', name: 'g.txt', limit: 3 },
    ]);
  });

  test('counts the files chosen before against count and total', () => {
    const chosen = { count: 1, totalSize: 4 * MB };
    expect(checkFiles([file('a', 2 * MB)], { maxFiles: 1 }, chosen).refused).toEqual([
      { reason: 'tooMany', name: 'a', limit: 1 },
    ]);
    expect(checkFiles([file('a', 2 * MB)], { maxTotalSize: 5 * MB }, chosen).refused).toEqual([
      { reason: 'totalTooLarge', name: 'a', limit: 5 * MB },
    ]);
    expect(checkFiles([file('a', MB)], { maxFiles: 2, maxTotalSize: 5 * MB }, chosen).accepted).toHaveLength(
      1,
    );
  });

  test('limits are inclusive and absent rules allow everything', () => {
    expect(checkFiles([file('a', 10)], { maxFileSize: 10, maxTotalSize: 10, maxFiles: 1 }).refused).toEqual(
      [],
    );
    expect(checkFiles([file('a', 10 * 1024 * MB), file('b')], {}).accepted).toHaveLength(2);
  });

  test('a refused file does not use up the count or the total', () => {
    const { accepted } = checkFiles([file('big.txt', 30), file('x.exe', 1), file('ok.txt', 10)], {
      maxFileSize: 20,
      maxTotalSize: 10,
      maxFiles: 1,
      accept: ['.txt'],
    });
    expect(accepted.map(({ name }) => name)).toEqual(['ok.txt']);
  });
});
