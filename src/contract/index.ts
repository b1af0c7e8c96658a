export { Contract, contractNames, contractPath, loadContract } from './contract.ts';
export type { ContractName, ContractOptions, ListLocator, OperationInfo, OperationMatch, Violation } from './contract.ts';
export type { ContractView } from './contractViews.ts';
export { ibanProblem, iso13616Failure, nationalCheckFailures } from './ibanFormat.ts';
export { createSchemaValidator } from './schemaValidator.ts';
