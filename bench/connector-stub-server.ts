// The connector stub in its own process, so that the sender's event loop cannot distort the arrival
// times the stub measures. Prints `READY <url>` then serves `GET /_stats` (JSON) beside the connector API.
import { createServer } from 'node:http';
import { startConnectorStub } from './connector-stub';

async function main() {
  const latencyMs = Number(process.argv[2] ?? '15');
  const stub = await startConnectorStub({ latencyMs });
  const stats = createServer((_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    const delivered = [...stub.delivered.values()];
    res.end(
      JSON.stringify({
        requests: stub.requests,
        deliveredConversations: delivered.filter((n) => n >= 1).length,
        duplicates: delivered.filter((n) => n > 1).length,
        violations: stub.violations.length,
        violationRules: [...new Set(stub.violations.map((v) => v.rule))],
        peakTenantPerSecond: stub.peakTenantPerSecond,
        firstAt: stub.firstAt,
        lastAt: stub.lastAt,
      }),
    );
  });
  stats.listen(0, '127.0.0.1', () => {
    const { port } = stats.address() as { port: number };
    process.stdout.write(`READY ${stub.url} http://127.0.0.1:${port}/_stats\n`);
  });
  process.on('SIGTERM', () => void stub.close().then(() => process.exit(0)));
}

void main();
