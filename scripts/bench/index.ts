export {};
/**
 * `npm run bench`: every benchmark, each printing its figures against a baseline measured in the same run.
 * Not part of the tests: timings depend on the machine; the tests check behaviour only.
 * `npm run bench -- names` (or money, photos, page) runs one.
 */
const suites: Record<string, () => Promise<void>> = {
  names: async () => (await import('./names')).runNamesBench(),
  money: async () => (await import('./money')).runMoneyBench(),
  photos: async () => (await import('./photos')).runPhotosBench(),
  page: async () => (await import('./page')).runPageBench(),
  feed: async () => (await import('./feed')).runFeedBench(),
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!suites[name]) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
}
for (const [name, run] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}
