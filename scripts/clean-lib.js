// Removes compiled output before a build so deleted sources never linger in lib/.
import { rmSync } from 'node:fs';
rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
