// The loopback simulator in its own Node process: its timers are Node's (a jsdom test
// environment's timers lack unref), and the client under test talks to it over real HTTP
// and WebSocket as it would from Salesforce.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SimulatorProcess {
  url: string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../..');

export function startSimulatorProcess(): Promise<SimulatorProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'mocks/src/server/startLoopbackServer.ts')],
    { cwd: repoRoot, env: { ...process.env, ACD_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        child.stdout?.off('data', onData);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      reject(new Error(`The simulator exited (${String(code)}): ${output}`));
    });
  });
}
