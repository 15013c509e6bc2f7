import type { Dialect } from '../dialect/types.js';
import type { TemplateRender } from '../sql/parts.js';
import type { CommandContext } from '../context.js';
import { TemplateRenderer } from './render.js';

/** The template renderer of a command: its config, dialect, `--var`s and environment. */
export function templateRenderer(context: CommandContext, dialect: Dialect): TemplateRender {
    let renderer: TemplateRenderer | undefined;
    return (absolute) => {
        renderer ??= new TemplateRenderer({ root: context.config.paths.root, dialect, config: context.config, vars: context.vars ?? {}, env: context.env ?? {} });
        return renderer.render(absolute);
    };
}
