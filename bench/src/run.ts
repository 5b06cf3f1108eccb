/**
 * `npm run bench` — see docs/benchmarks.md. Lotse is measured with production settings; NODE_ENV
 * must be set before graphql-js loads (it picks its fast `instanceof` checks at import time), so
 * everything else is imported after this line.
 */
process.env.NODE_ENV ??= 'production';
const { main } = await import('./main.ts');

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
