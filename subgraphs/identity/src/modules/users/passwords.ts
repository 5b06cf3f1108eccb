import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 iterations). */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

/** Told when a stored hash cannot be read: that account cannot sign in until its password is reset. */
export type CorruptHashReport = (error: unknown) => void;

/** A fixed hash to verify against when the user does not exist, so timing does not reveal it. */
let decoy: Promise<string> | undefined;
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
  reportCorrupt: CorruptHashReport,
): Promise<boolean> {
  if (!passwordHash) {
    await verify(await (decoy ??= hashPassword('lotse-decoy-password')), password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch (error) {
    // The caller still gets the same answer as for a wrong password; operators get told.
    reportCorrupt(error);
    return false;
  }
}
