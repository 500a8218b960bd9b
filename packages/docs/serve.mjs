// Serves dist/ on 127.0.0.1 only, and says exactly where: sirv-cli would also print a "Network" address it does not listen on.
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
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
