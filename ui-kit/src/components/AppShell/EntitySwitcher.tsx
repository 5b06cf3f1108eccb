import { NativeSelect } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../domain.ts';

export interface EntitySwitcherProps {
  entities: Entity[];
  /** The selected entity's code, or null for all entities the agent may see. */
  value: string | null;
  onChange: (code: string | null) => void;
}

const allEntities = '';

/** Narrows the console to one brand. A native select: fully keyboard- and screen-reader-friendly for free. */
export function EntitySwitcher({ entities, value, onChange }: EntitySwitcherProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect.Root size="sm" width="auto">
      <NativeSelect.Field
        aria-label={t('entity.label')}
        value={value ?? allEntities}
        onChange={(event) => onChange(event.target.value === allEntities ? null : event.target.value)}
      >
        <option value={allEntities}>{t('entity.all')}</option>
        {entities.map((entity) => (
          <option key={entity.code} value={entity.code}>
            {entity.name}
          </option>
        ))}
      </NativeSelect.Field>
      <NativeSelect.Indicator />
    </NativeSelect.Root>
  );
}
