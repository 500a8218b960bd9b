// The mock in a process of its own, so that the soak measures the layer's RSS alone: prints its URL and Prism's pid as JSON.
import { startMock, type MockOptions } from '../../packages/mock/src/index.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as MockOptions;
const mock = await startMock({ ...options, onFatal: (error) => (console.error(error.message), process.exit(1)) });
process.once('SIGTERM', () => void mock.stop().then(() => process.exit(0)));
process.stdout.write(`${JSON.stringify({ url: mock.url, prismPid: mock.prismPid })}\n`);
