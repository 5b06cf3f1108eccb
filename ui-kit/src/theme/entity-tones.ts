// Each entity (brand) gets a tone so agents recognise it at a glance. Known entities have a fixed tone; later
// entities get one derived from their code, so a new brand needs no code change and keeps its colour forever.
export const entityTones = ['orange', 'cyan', 'purple', 'pink', 'teal', 'green', 'blue'] as const;
export type EntityTone = (typeof entityTones)[number];

const knownEntityTones: Record<string, EntityTone> = {
  kids_ascension: 'orange',
  ozean_licht: 'cyan',
};

export function entityToneFor(code: string): EntityTone {
  const known = knownEntityTones[code];
  if (known) return known;
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return entityTones[hash % entityTones.length] ?? 'blue';
}
