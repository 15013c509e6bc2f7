import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * The machine's stable identifier, part of the key that encrypts `.noorm/state.enc`, so a state
 * file copied to another machine does not decrypt there. NOORM_MACHINE_ID overrides it (containers
 * without a machine id; tests).
 */
export function machineId(env: NodeJS.ProcessEnv = process.env): string {
    const override = env['NOORM_MACHINE_ID'];
    if (override) return override.trim();
    const id = readPlatformId();
    if (!id) {
        throw new UsageError('no-machine-id', "Cannot determine this machine's id to encrypt noorm's state", {
            hint: 'Set NOORM_MACHINE_ID to a stable value for this machine (containers often have no /etc/machine-id), or configure noorm through NOORM_* variables only.',
        });
    }
    return id;
}

function readPlatformId(): string | null {
    try {
        switch (process.platform) {
            case 'linux':
                for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
                    const id = readQuietly(file);
                    if (id) return id;
                }
                return null;
            case 'darwin': {
                const out = execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { encoding: 'utf8', timeout: 5000 });
                return /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(out)?.[1] ?? null;
            }
            case 'win32': {
                const out = execFileSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { encoding: 'utf8', timeout: 5000 });
                return /MachineGuid\s+REG_SZ\s+(\S+)/.exec(out)?.[1] ?? null;
            }
            default:
                return readQuietly('/etc/machine-id') ?? readQuietly('/etc/hostid');
        }
    } catch {
        return null;
    }
}

function readQuietly(file: string): string | null {
    try {
        const id = readFileSync(file, 'utf8').trim();
        return id || null;
    } catch {
        return null;
    }
}
