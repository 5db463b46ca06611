// The simulator's starting org: two agents (one Japanese), one admin, three queues with
// different after-work settings, and wrap-up codes in English and Japanese.
import type { QueueWrapupPrompt } from '@acd/shared';

export interface SeedUser {
  id: string;
  name: string;
  email: string;
  admin: boolean;
}

export interface SeedQueue {
  id: string;
  name: string;
  wrapupPrompt: QueueWrapupPrompt;
  wrapupTimeoutMs?: number;
  alertingTimeoutSeconds: number;
  memberIds: string[];
  wrapupCodeIds: string[];
}

export interface SeedCode {
  id: string;
  name: string;
  description?: string;
}

/** A web messaging deployment: the Guest API's entry point, routing to one queue. */
export interface SeedDeployment {
  id: string;
  name: string;
  queueId: string;
}

export interface SeedOrg {
  users: SeedUser[];
  queues: SeedQueue[];
  wrapupCodes: SeedCode[];
  deployments: SeedDeployment[];
}

export const SEED_IDS = {
  agentAlex: '2b5c9a1e-7d41-4c2e-9f0a-1a2b3c4d5e01',
  agentHanako: '2b5c9a1e-7d41-4c2e-9f0a-1a2b3c4d5e02',
  adminCasey: '2b5c9a1e-7d41-4c2e-9f0a-1a2b3c4d5e03',
  queueSupport: '7e3f0c2d-1b6a-4f8e-8d2c-0a1b2c3d4e01',
  queueSales: '7e3f0c2d-1b6a-4f8e-8d2c-0a1b2c3d4e02',
  queueBilling: '7e3f0c2d-1b6a-4f8e-8d2c-0a1b2c3d4e03',
  codeResolved: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c01',
  codeFollowUp: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c02',
  codeEscalated: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c03',
  codeResolvedJa: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c04',
  codeCallbackJa: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c05',
  codeSpam: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f2a3b4c06',
  deploymentSupport: '4d2e6f80-3c1b-4a9d-8e7f-6a5b4c3d2e01',
  deploymentSales: '4d2e6f80-3c1b-4a9d-8e7f-6a5b4c3d2e02',
  deploymentBilling: '4d2e6f80-3c1b-4a9d-8e7f-6a5b4c3d2e03',
} as const;

export function defaultSeedOrg(): SeedOrg {
  const s = SEED_IDS;
  return {
    users: [
      { id: s.agentAlex, name: 'Alex Morgan', email: 'alex.morgan@example.com', admin: false },
      { id: s.agentHanako, name: '山田 花子', email: 'hanako.yamada@example.jp', admin: false },
      { id: s.adminCasey, name: 'Casey Admin', email: 'casey.admin@example.com', admin: true },
    ],
    queues: [
      {
        id: s.queueSupport,
        name: 'Support',
        wrapupPrompt: 'MANDATORY',
        alertingTimeoutSeconds: 30,
        memberIds: [s.agentAlex, s.agentHanako, s.adminCasey],
        wrapupCodeIds: [s.codeResolved, s.codeFollowUp, s.codeEscalated, s.codeResolvedJa],
      },
      {
        id: s.queueSales,
        name: '販売 Sales',
        wrapupPrompt: 'MANDATORY_FORCED_TIMEOUT',
        wrapupTimeoutMs: 180_000,
        alertingTimeoutSeconds: 30,
        memberIds: [s.agentAlex, s.agentHanako],
        wrapupCodeIds: [s.codeResolvedJa, s.codeCallbackJa, s.codeSpam],
      },
      {
        id: s.queueBilling,
        name: 'Billing',
        wrapupPrompt: 'OPTIONAL',
        alertingTimeoutSeconds: 20,
        memberIds: [s.agentHanako],
        wrapupCodeIds: [s.codeResolved, s.codeSpam],
      },
    ],
    wrapupCodes: [
      { id: s.codeResolved, name: 'Resolved', description: 'The customer’s question was answered' },
      { id: s.codeFollowUp, name: 'Follow-up required' },
      { id: s.codeEscalated, name: 'Escalated' },
      { id: s.codeResolvedJa, name: '解決済み' },
      { id: s.codeCallbackJa, name: '折り返し連絡' },
      { id: s.codeSpam, name: 'Spam' },
    ],
    deployments: [
      { id: s.deploymentSupport, name: 'Support web messenger', queueId: s.queueSupport },
      { id: s.deploymentSales, name: '販売 Sales web messenger', queueId: s.queueSales },
      { id: s.deploymentBilling, name: 'Billing web messenger', queueId: s.queueBilling },
    ],
  };
}
