import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface GeneratedFile {
  filename: string;
  content: string;
}

/** Names the file and its first differing line, so a stale file is quick to understand. */
function staleMessage(file: string, committed: string, generated: string) {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return (
    `${file} is stale: run \`npm run codegen\` and commit the result.\n` +
    `First difference at line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  generated: ${b[at] ?? '(end of file)'}`
  );
}

/**
 * The committed resolver types are part of the contract: they must be exactly what
 * `graphql-codegen --config codegen.ts` produces from schema/ today. Generated in memory, nothing is written.
 */
describe('codegen contract', () => {
  // A target ending in `/` is a preset's folder (web/'s typed documents): every file in it is generated.
  const targets = Object.keys(config.generates);
  const committedFiles = targets
    .flatMap((target) => (target.endsWith('/') ? readdirSync(path.join(root, target)).map((file) => `${target}${file}`) : [target]))
    .sort();

  it('generates the committed files, none stale and none left over (run `npm run codegen`)', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as GeneratedFile[];
    const generated = new Map(
      outputs.map((output) => [path.relative(root, path.resolve(root, output.filename)), output.content]),
    );
    expect([...generated.keys()].sort()).toEqual(committedFiles);
    for (const [file, content] of generated) {
      const committed = readFileSync(path.join(root, file), 'utf8');
      if (committed !== content) throw new Error(staleMessage(file, committed, content));
    }
  }, 60_000);
});
