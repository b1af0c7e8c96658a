// A scenario's view of one API: every exchange goes to the scenario's evidence and every answer
// (even one that breaks the contract) becomes the scenario's last response.
import { ContractViolationError, type ApiClient, type ApiRequest, type ApiResponse } from '../client/index.ts';

export class ScenarioApi {
  constructor(
    private readonly client: ApiClient | undefined,
    private readonly onResponse: (response: ApiResponse) => void,
    /** Why this API is unavailable on the target, when it is. */
    private readonly missing?: string,
  ) {}

  async send(request: ApiRequest): Promise<ApiResponse> {
    if (!this.client) throw new Error(this.missing ?? 'this API is not available on the target');
    try {
      const response = await this.client.send(request);
      this.onResponse(response);
      return response;
    } catch (error) {
      if (error instanceof ContractViolationError) this.onResponse(error.response);
      throw error;
    }
  }
}
