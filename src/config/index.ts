export { loadRunConfig } from './loadRunConfig.ts';
export type { LoadRunConfigOptions, RunConfigOverrides } from './loadRunConfig.ts';
export { ConfigError } from './configError.ts';
export { configEnvironment, configFileVariable } from './configEnvironment.ts';
export { targetKinds } from './runConfig.ts';
export type { ClientCredentials, ContainerTargetConfig, PrismTargetConfig, RunConfig, SandboxTargetConfig, TargetConfig, TargetKind, UrlTargetConfig } from './runConfig.ts';
