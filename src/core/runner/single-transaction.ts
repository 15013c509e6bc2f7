import type { Dialect } from '../dialect/types.js';
import { UsageError } from '../errors.js';

/**
 * `--single-transaction` promises all-or-nothing; where DDL commits implicitly (MySQL, MariaDB)
 * no transaction can keep that promise, so the run is refused before it connects.
 */
export function assertSingleTransactionSupported(dialect: Dialect, what: string, hint: string): void {
    if (dialect.capabilities.transactionalDdl) return;
    throw new UsageError('single-transaction-unsupported', `${dialect.name} commits DDL implicitly, so --single-transaction cannot make ${what} all-or-nothing there`, { hint });
}
