import { badInput } from '@lotse/kernel/errors';

/** Size limits of ticket text; the database enforces the same bounds as a last line of defence. */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 50_000;
export const CLIENT_MUTATION_ID_MAX = 100;

export function cleanTitle(title: string): string {
  const clean = title.trim();
  if (clean.length < 1 || clean.length > TITLE_MAX)
    throw badInput(`title must be 1–${TITLE_MAX} characters.`, 'title');
  return clean;
}

export function cleanDescription(description: string): string {
  if (description.trim().length < 1 || description.length > DESCRIPTION_MAX) {
    throw badInput(`description must be 1–${DESCRIPTION_MAX} characters.`, 'description');
  }
  return description;
}

export function cleanClientMutationId(id: string | null | undefined): string | null {
  if (id == null) return null;
  if (id.length < 1 || id.length > CLIENT_MUTATION_ID_MAX) {
    throw badInput(`clientMutationId must be 1–${CLIENT_MUTATION_ID_MAX} characters.`, 'clientMutationId');
  }
  return id;
}
