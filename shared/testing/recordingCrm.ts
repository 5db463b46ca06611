// A CrmAdapter that records what the core asked of it, for tests.
import type {
  Attention,
  CrmAdapter,
  InteractionLog,
  ScreenPopResult,
} from '../src/ports/crmAdapter';

export function createRecordingCrm(popResult: ScreenPopResult = { kind: 'none' }) {
  const calls = {
    screenPops: [] as string[],
    logs: [] as InteractionLog[],
    attention: [] as Attention[],
  };
  let failLogs = 0;
  const crm: CrmAdapter = {
    screenPop: (customer) => {
      calls.screenPops.push(customer.conversationId);
      return Promise.resolve(popResult);
    },
    logInteraction: (log) => {
      if (failLogs > 0) {
        failLogs -= 1;
        return Promise.reject(new Error('The CRM refused the log'));
      }
      calls.logs.push(log);
      return Promise.resolve({ recordId: `record-${calls.logs.length}` });
    },
    setAttention: (attention) => {
      calls.attention.push(attention);
    },
    currentContext: () => Promise.resolve({}),
  };
  return {
    crm,
    calls,
    failNextLogs: (count: number) => {
      failLogs = count;
    },
  };
}
