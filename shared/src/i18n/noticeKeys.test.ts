// Every notice the core can raise has a message in both languages, so no agent ever sees a
// raw key like "notice.sendFailed".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from './en.json';
import ja from './ja.json';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

const root = join(__dirname, '..');
const used = new Set(
  [join(root, 'features'), join(root, 'app')]
    .flatMap(sources)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(notice\.[A-Za-z.]+)'/g)])
    .map((match) => match[1] ?? ''),
);

describe('notice messages', () => {
  it('finds the notices the core raises', () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it.each([...used])('has %s in English and Japanese', (key) => {
    expect(Object.keys(en)).toContain(key);
    expect(Object.keys(ja)).toContain(key);
  });
});
