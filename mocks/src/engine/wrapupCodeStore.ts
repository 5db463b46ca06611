// The org's wrap-up codes: admin CRUD with the platform's duplicate-name rule.
import type { WrapupCode } from '@acd/shared';
import type { SeedCode } from './seedData';
import { HOME_DIVISION } from './directory';
import { badRequest, conflict, notFound } from './platformError';

export class WrapupCodeStore {
  private readonly codes = new Map<string, WrapupCode>();

  constructor(seed: SeedCode[], now: number) {
    for (const code of seed) this.insert(code.id, code.name, code.description, now, 'system');
  }

  get(id: string): WrapupCode {
    const code = this.codes.get(id);
    if (code === undefined) throw notFound('Wrap-up code', id);
    return code;
  }

  has(id: string): boolean {
    return this.codes.has(id);
  }

  list(): WrapupCode[] {
    return [...this.codes.values()];
  }

  create(id: string, input: unknown, now: number, createdBy: string): WrapupCode {
    const { name, description } = readCodeInput(input);
    this.assertNameFree(name);
    return this.insert(id, name, description, now, createdBy);
  }

  update(id: string, input: unknown): WrapupCode {
    const existing = this.get(id);
    const { name, description } = readCodeInput(input);
    this.assertNameFree(name, id);
    const updated: WrapupCode = {
      ...existing,
      name,
      description: description ?? existing.description,
    };
    this.codes.set(id, updated);
    return updated;
  }

  delete(id: string): void {
    this.get(id);
    this.codes.delete(id);
  }

  private insert(
    id: string,
    name: string,
    description: string | undefined,
    now: number,
    createdBy: string,
  ): WrapupCode {
    const code: WrapupCode = {
      id,
      name,
      division: HOME_DIVISION,
      dateCreated: new Date(now).toISOString(),
      createdBy,
      selfUri: `/api/v2/routing/wrapupcodes/${id}`,
    };
    if (description !== undefined) code.description = description;
    this.codes.set(id, code);
    return code;
  }

  private assertNameFree(name: string, exceptId?: string): void {
    const folded = name.trim().toLowerCase();
    for (const code of this.codes.values()) {
      if (code.id !== exceptId && code.name.trim().toLowerCase() === folded) {
        throw conflict(`A wrap-up code named "${name}" already exists`);
      }
    }
  }
}

function readCodeInput(input: unknown): { name: string; description?: string } {
  if (typeof input !== 'object' || input === null)
    throw badRequest('A wrap-up code body is required');
  const { name, description } = input as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('name is required');
  if (name.length > 256) throw badRequest('name must be at most 256 characters');
  if (description !== undefined && typeof description !== 'string') {
    throw badRequest('description must be a string');
  }
  return description === undefined ? { name: name.trim() } : { name: name.trim(), description };
}
