import { makeRefs } from '../../bench/src/data.ts';
const n = Number(process.argv[2] ?? 90000);
const refs = makeRefs(n);
let text = JSON.stringify({ Refs: refs.map(({ Links, ...rest }) => ({ Links, ...rest })) });
refs.length = 0;
text = Buffer.from(text).toString(); // flat
(globalThis as any).gc();
const m0 = process.memoryUsage();
console.log('text MiB', (text.length / 2 ** 20).toFixed(1), 'heap', (m0.heapUsed / 2 ** 20).toFixed(1), 'rss', (m0.rss/2**20).toFixed(1));
const v = JSON.parse(text);
(globalThis as any).gc();
const m1 = process.memoryUsage();
console.log('after parse heap', ((m1.heapUsed - m0.heapUsed) / 2 ** 20).toFixed(1), 'graph/text', ((m1.heapUsed - m0.heapUsed) / text.length).toFixed(2), 'rss', (m1.rss/2**20).toFixed(1));
console.log(v.Refs.length);
