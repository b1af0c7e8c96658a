export { Contract, contractNames, contractPath, loadContract } from './contract.ts';
export type { ContractName, OperationInfo, OperationMatch, Violation } from './contract.ts';
export { createSchemaValidator } from './schemaValidator.ts';
