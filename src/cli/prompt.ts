import readline from 'node:readline';

/**
 * Line prompts on the terminal, for the few things a headless command may still ask a person:
 * a protected config's confirmation phrase, a passphrase, a secret's value. Prompts go to stderr,
 * so stdout stays clean for results.
 */
export function askLine(question: string, options: { hidden?: boolean } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
        const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        if (options.hidden) {
            // Echo nothing of what is typed (the question itself is written before muting).
            const output = rl as unknown as { _writeToOutput: (text: string) => void };
            let asked = false;
            output._writeToOutput = (text: string) => {
                if (!asked) {
                    process.stderr.write(text);
                    asked = true;
                }
            };
        }
        rl.question(question, (answer) => {
            rl.close();
            if (options.hidden) process.stderr.write('\n');
            resolve(answer);
        });
        rl.on('SIGINT', () => {
            rl.close();
            process.stderr.write('\n');
            reject(new PromptCancelled());
        });
    });
}

/** Ctrl-C at a prompt. */
export class PromptCancelled extends Error {
    constructor() {
        super('cancelled at the prompt');
        this.name = 'PromptCancelled';
    }
}

/** Everything piped to stdin, without the final line break. */
export async function readStdin(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}

/** A new passphrase typed twice, so a typo does not lock the user out. */
export async function askNewPassphrase(what: string): Promise<string> {
    const first = await askLine(`New passphrase for ${what}: `, { hidden: true });
    const second = await askLine('Repeat it: ', { hidden: true });
    if (first !== second) throw new Error('The two passphrases differ');
    return first;
}
