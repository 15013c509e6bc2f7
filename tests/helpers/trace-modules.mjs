// Loaded with `node --import`: appends the URL of every module the process resolves to the file
// named by TRACE_MODULES_FILE, so a test can see what a command really loaded.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const out = process.env.TRACE_MODULES_FILE;
registerHooks({
    resolve(specifier, context, nextResolve) {
        const result = nextResolve(specifier, context);
        if (out) appendFileSync(out, `${result.url}\n`);
        return result;
    },
});
