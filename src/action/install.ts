import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a `noorm` executable into `dir` that runs the bundled CLI (`cliEntry`) on `node`, the Node
 * the action itself runs on: never whatever `node` is first on PATH, which on a runner or a
 * self-hosted machine may be too old. On Windows a `noorm.cmd` beside it, which cmd and PowerShell
 * find; bash on Windows (Git Bash) runs the shell script. Returns the files written.
 */
export function writeNoormShim(dir: string, cliEntry: string, node: string, platform: NodeJS.Platform = process.platform): string[] {
    mkdirSync(dir, { recursive: true });
    const sh = path.join(dir, 'noorm');
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    writeFileSync(sh, `#!/bin/sh\nexec ${quote(node)} ${quote(cliEntry)} "$@"\n`);
    chmodSync(sh, 0o755);
    if (platform !== 'win32') return [sh];
    const cmd = path.join(dir, 'noorm.cmd');
    writeFileSync(cmd, `@"${node}" "${cliEntry}" %*\r\n@exit /b %ERRORLEVEL%\r\n`);
    return [sh, cmd];
}
