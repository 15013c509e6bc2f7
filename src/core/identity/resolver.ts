import { execFile } from 'node:child_process';
import os from 'node:os';
import type { ResolvedConfig } from '../config/types.js';

export type IdentitySource = 'cli' | 'env' | 'config' | 'git' | 'system';

/** Who runs a command, as recorded in `executed_by` and `identity_source`. */
export interface Identity {
    name: string;
    email?: string;
    source: IdentitySource;
}

/**
 * `--identity` > NOORM_IDENTITY > the config's identity > git user.name/user.email > OS user.
 * Git is asked once, in the project root, so a repository-local git identity counts.
 */
export async function resolveIdentity(config: Pick<ResolvedConfig, 'identity' | 'paths'>): Promise<Identity> {
    if (config.identity) return { ...parseIdentity(config.identity.value), source: config.identity.source };
    const git = await gitIdentity(config.paths.root);
    if (git) return git;
    return { name: systemUser(), source: 'system' };
}

/** `Name <email>` → parts; anything else is a bare name. */
export function parseIdentity(value: string): { name: string; email?: string } {
    const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    if (match) {
        const name = match[1] || match[2]!;
        return match[2] ? { name, email: match[2] } : { name };
    }
    return { name: value.trim() };
}

/** The single string stored in `executed_by`. */
export function formatIdentity(identity: Pick<Identity, 'name' | 'email'>): string {
    return identity.email ? `${identity.name} <${identity.email}>` : identity.name;
}

async function gitIdentity(cwd: string): Promise<Identity | null> {
    // No git, no repository, no user set: all mean "ask the system" (never an error).
    const stdout = await new Promise<string>((resolve) => {
        execFile('git', ['config', '--get-regexp', '^user\\.(name|email)$'], { cwd, encoding: 'utf8', timeout: 5000 }, (error, out) => resolve(error ? '' : out));
    });
    if (!stdout) return null;
    let name: string | undefined;
    let email: string | undefined;
    for (const line of stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0) continue;
        const key = line.slice(0, space).toLowerCase();
        const value = line.slice(space + 1).trim();
        if (key === 'user.name' && value) name = value;
        if (key === 'user.email' && value) email = value;
    }
    if (!name && !email) return null;
    return email ? { name: name ?? email, email, source: 'git' } : { name: name!, source: 'git' };
}

function systemUser(): string {
    try {
        return os.userInfo().username || 'unknown';
    } catch {
        // userInfo throws for uids without a passwd entry (common in containers).
        return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
    }
}
