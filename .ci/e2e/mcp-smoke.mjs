// Smoke test of `ccdiag mcp` with the official TypeScript SDK client
// (@modelcontextprotocol/sdk, pinned in .ci/clients): list tools, call one,
// get an isError result, cancel a call in flight and keep using the session.
//
// usage: node mcp-smoke.mjs /abs/path/to/ccdiag PROJECT_DIR
// Prints one "ok NAME" or "FAIL NAME: why" line per check; exits 1 on failure.
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(new URL('../clients/package.json', import.meta.url));
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');

const [bin, project] = process.argv.slice(2);
let failed = 0;
const check = (name, ok, why = '') => {
  if (ok) console.log(`ok ${name}`);
  else { failed++; console.log(`FAIL ${name}: ${why}`); }
};

// A status page that accepts connections and never answers: check_api_status
// must come back (state unknown) within its deadline, and a cancelled call
// must not wedge the session.
const hang = net.createServer(() => {});
await new Promise((r) => hang.listen(0, '127.0.0.1', r));
const statusURL = `http://127.0.0.1:${hang.address().port}`;

const transport = new StdioClientTransport({
  command: bin, args: ['mcp'], cwd: project, stderr: 'inherit',
  env: { ...process.env, CCDIAG_STATUS_URL: statusURL, ANTHROPIC_BASE_URL: 'http://127.0.0.1:1' },
});
const client = new Client({ name: 'ccdiag-smoke', version: '1.0.0' });
try {
  await client.connect(transport);
  check('connect', true);
  check('instructions', (client.getInstructions() ?? '').includes('diagnose_error'), 'no instructions text');

  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  check('tools/list', names.length >= 5, names.join(','));
  for (const t of tools) {
    const a = t.annotations ?? {};
    check(`annotations ${t.name}`, a.readOnlyHint === true && a.destructiveHint === false &&
      typeof a.idempotentHint === 'boolean' && typeof a.openWorldHint === 'boolean', JSON.stringify(a));
    check(`outputSchema ${t.name}`, t.outputSchema?.type === 'object', 'missing');
  }

  // The SDK validates structuredContent against outputSchema itself.
  const ok = await client.callTool({ name: 'validate_request', arguments: {
    payload: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'system', content: 'x' }] }) } });
  check('call validate_request', !ok.isError && ok.structuredContent?.valid === false &&
    ok.content?.[0]?.text?.includes('$.messages[0].role'), JSON.stringify(ok).slice(0, 300));

  const est = await client.callTool({ name: 'estimate_tokens', arguments: { text: 'abcd'.repeat(25) } });
  check('call estimate_tokens', est.structuredContent?.tokens === 25 && est.structuredContent?.exact === false, JSON.stringify(est).slice(0, 300));

  const bad = await client.callTool({ name: 'lint_claude_md', arguments: { path: '/etc' } });
  check('isError result', bad.isError === true && /outside the allowed roots/.test(bad.content?.[0]?.text ?? ''), JSON.stringify(bad).slice(0, 300));

  // Cancellation: abort a call that is waiting on the hanging status page.
  const ac = new AbortController();
  const pending = client.callTool({ name: 'check_api_status', arguments: {} }, undefined, { signal: ac.signal });
  setTimeout(() => ac.abort('smoke test cancels'), 200);
  let cancelled = false;
  try { await pending; } catch (e) { cancelled = true; }
  check('cancellation', cancelled, 'the aborted call resolved');
  const after = await client.callTool({ name: 'estimate_tokens', arguments: { text: 'still alive' } });
  check('session usable after cancel', !after.isError, JSON.stringify(after).slice(0, 200));

  // Deadline: the hanging page yields "unknown" within ~3 s, not a hang.
  const t0 = Date.now();
  const st = await client.callTool({ name: 'check_api_status', arguments: {} }, undefined, { timeout: 10000 });
  check('status deadline', !st.isError && st.structuredContent?.state === 'unknown', `${Date.now() - t0} ms ${JSON.stringify(st).slice(0, 200)}`);
  console.log(`check_api_status on a hanging page answered in ${Date.now() - t0} ms`);
} catch (e) {
  check('session', false, e?.stack ?? String(e));
} finally {
  await client.close().catch(() => {});
  hang.close();
}
process.exit(failed ? 1 : 0);
