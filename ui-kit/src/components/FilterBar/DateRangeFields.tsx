import { Box, Input, chakra, useSlotRecipe } from '@chakra-ui/react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterBarRecipe } from '../../theme/recipes/filter-bar.ts';
import { isRangeInverted } from './filter-chips.ts';

export interface DateRange {
  from?: string;
  to?: string;
}

export interface DateRangeFieldsProps extends DateRange {
  /** Called with valid ranges only; an inverted one stays in the fields with a message until it is fixed. */
  onChange: (range: DateRange) => void;
}

/** "Created from … to …" as two date fields; a start after the end is refused with a message. */
export function DateRangeFields({ from, to, onChange }: DateRangeFieldsProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: filterBarRecipe })();
  const legendId = useId();
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  // An inverted range the agent is still correcting; the filter keeps its last valid range meanwhile.
  const [draft, setDraft] = useState<DateRange | null>(null);
  // A range set from outside (a removed chip, "clear all") replaces the draft.
  const [given, setGiven] = useState<DateRange>({ from, to });
  if (given.from !== from || given.to !== to) {
    setGiven({ from, to });
    setDraft(null);
  }
  const shown = draft ?? { from, to };
  const inverted = isRangeInverted(shown.from, shown.to);

  const update = (next: DateRange) => {
    if (isRangeInverted(next.from, next.to)) {
      setDraft(next);
      return;
    }
    setDraft(null);
    onChange(next);
  };

  // Each end bounds the other in the native picker; typing can still invert them, which the check above catches.
  const ends = [
    { end: 'from', id: fromId, bound: { max: shown.to } },
    { end: 'to', id: toId, bound: { min: shown.from } },
  ] as const;
  return (
    <chakra.fieldset css={styles.dates} aria-labelledby={legendId}>
      <Box as="span" id={legendId} css={styles.label}>
        {t('filterBar.created')}
      </Box>
      <Box css={styles.dateInputs}>
        {ends.map(({ end, id, bound }) => (
          <Fragment key={end}>
            <chakra.label htmlFor={id} css={styles.dateLabel}>
              {t(`filterBar.${end}`)}
            </chakra.label>
            <Input
              id={id}
              type="date"
              size="xs"
              w="auto"
              value={shown[end] ?? ''}
              {...bound}
              aria-invalid={inverted || undefined}
              aria-describedby={inverted ? errorId : undefined}
              onChange={(event) => update({ ...shown, [end]: event.target.value || undefined })}
            />
          </Fragment>
        ))}
      </Box>
      {inverted && (
        <Box id={errorId} role="alert" css={styles.error}>
          {t('filterBar.invalidRange')}
        </Box>
      )}
    </chakra.fieldset>
  );
}
