// From a run configuration to a running, checked target.
import type { ContainerTargetConfig, RunConfig, SandboxTargetConfig, UrlTargetConfig } from '../config/index.ts';
import { startContainerTarget } from './containerTarget.ts';
import { startPrismTarget } from './prismTarget.ts';
import type { ResolvedTarget } from './resolvedTarget.ts';
import { startSandboxTarget } from './sandboxTarget.ts';
import { startUrlTarget } from './urlTarget.ts';

export function resolveTarget(config: RunConfig): Promise<ResolvedTarget> {
  switch (config.target.kind) {
    case 'sandbox':
      return startSandboxTarget(config as RunConfig & { target: SandboxTargetConfig });
    case 'prism':
      return startPrismTarget(config);
    case 'url':
      return startUrlTarget(config as RunConfig & { target: UrlTargetConfig });
    case 'container':
      return startContainerTarget(config as RunConfig & { target: ContainerTargetConfig });
  }
}
