// Serves dist/ on 127.0.0.1 only, and says exactly where: sirv-cli would also print a "Network" address it does not listen on.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.env.DOCS_PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`DOCS_PORT=${process.env.DOCS_PORT} is not a port; expected a number from 0 to 65535.`);
  process.exit(2);
}
const server = createServer(sirv('dist', { etag: true }));
server.once('error', (error) => {
  console.error(`The docs cannot be served on 127.0.0.1:${port}: ${error.message.replace(/\.+$/, '')}. Choose another port with DOCS_PORT.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Docs on http://127.0.0.1:${server.address().port}/ (Ctrl-C stops).`));
const stop = () => server.close(() => process.exit(0));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, stop);

// `kill $!` on `npx pnpm start` reaches npx only, and pnpm and turbo pass nothing on: stop once any process above this
// one has ended (Linux /proc; elsewhere the parent), as the mock does (packages/mock/src/exit-with-parent.ts).
const parentOf = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
};
const ancestors = () => {
  const chain = [];
  for (let pid = process.ppid; pid !== undefined && pid > 1 && chain.length < 64; pid = parentOf(pid)) chain.push(pid);
  return chain.join(' ');
};
const start = ancestors();
setInterval(() => ancestors() !== start && stop(), 500).unref();
