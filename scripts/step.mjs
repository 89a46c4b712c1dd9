/** Runs one setup step of a script (install a browser, build), or stops the script with its status. */
import { spawnSync } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
export function step(command, args, env = {}) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) {
    console.error(`Failed: ${command} ${args.join(' ')}`);
    process.exit(status ?? 1);
  }
}
