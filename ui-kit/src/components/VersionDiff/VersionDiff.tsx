import { Box, Button, Group, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { diffLines, diffWordsWithSpace } from 'diff';
import type { ChangeObject } from 'diff';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versionDiffRecipe } from '../../theme/recipes/version-diff.ts';

export type DiffGranularity = 'words' | 'lines';

export interface VersionDiffProps {
  /** The older text. */
  before: string;
  /** The newer text. */
  after: string;
  /** Name of the older version, e.g. "Version 3 · 4. März". */
  fromLabel: string;
  /** Name of the newer version. */
  toLabel: string;
  /** Compare word by word (prose) or line by line (lists, code); the agent can switch. Words by default. */
  defaultGranularity?: DiffGranularity;
}

type Change = 'added' | 'removed' | 'unchanged';
const changeOf = (part: ChangeObject<string>): Change =>
  part.added ? 'added' : part.removed ? 'removed' : 'unchanged';

/** Splits line-diff parts into single lines (a part holds several; the last newline ends the last line). */
export function diffByLine(before: string, after: string): { change: Change; text: string }[] {
  // Both texts end with a newline, so a last line that only gained a successor does not show as changed.
  const withFinalNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
  return diffLines(withFinalNewline(before), withFinalNewline(after)).flatMap((part) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ change: changeOf(part), text })),
  );
}

const markers: Record<Change, string> = { added: '+', removed: '−', unchanged: ' ' };

/**
 * What changed between two versions of an article, by word or by line (package `diff`). Additions are underlined
 * and marked "+", removals struck through and marked "−"; screen readers hear "added:" / "removed:" before each.
 */
export function VersionDiff({
  before,
  after,
  fromLabel,
  toLabel,
  defaultGranularity = 'words',
}: VersionDiffProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: versionDiffRecipe })();
  const titleId = useId();
  const [granularity, setGranularity] = useState<DiffGranularity>(defaultGranularity);
  const words = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  const lines = useMemo(() => diffByLine(before, after), [before, after]);
  const changes: Change[] = granularity === 'words' ? words.map(changeOf) : lines.map((line) => line.change);
  const additions = changes.filter((change) => change === 'added').length;
  const removals = changes.filter((change) => change === 'removed').length;
  const changeLabel = (change: Change) =>
    change === 'unchanged' ? null : <VisuallyHidden>{`${t(`versionDiff.${change}`)}: `}</VisuallyHidden>;

  return (
    <Box as="section" aria-labelledby={titleId} css={styles.root}>
      <Box css={styles.header}>
        <Box as="h3" id={titleId} css={styles.title}>
          {t('versionDiff.label', { from: fromLabel, to: toLabel })}
        </Box>
        <Group attached role="group" aria-label={t('versionDiff.granularity')}>
          {(['words', 'lines'] as const).map((option) => (
            <Button
              key={option}
              size="xs"
              variant={granularity === option ? 'solid' : 'outline'}
              colorPalette="brand"
              aria-pressed={granularity === option}
              onClick={() => setGranularity(option)}
            >
              {t(option === 'words' ? 'versionDiff.byWords' : 'versionDiff.byLines')}
            </Button>
          ))}
        </Group>
      </Box>
      <Box css={styles.summary}>
        <span>
          <span aria-hidden>+ </span>
          {t('versionDiff.additions', { count: additions })}
        </span>
        <span>
          <span aria-hidden>− </span>
          {t('versionDiff.removals', { count: removals })}
        </span>
      </Box>
      {additions + removals === 0 ? (
        <Box css={styles.empty}>{t('versionDiff.unchanged')}</Box>
      ) : granularity === 'words' ? (
        <Box css={styles.text} data-granularity="words">
          {words.map((part, index) => {
            const change = changeOf(part);
            if (change === 'unchanged') return <span key={index}>{part.value}</span>;
            return (
              <Box
                as={change === 'added' ? 'ins' : 'del'}
                key={index}
                css={styles[change]}
                data-change={change}
              >
                {changeLabel(change)}
                {part.value}
              </Box>
            );
          })}
        </Box>
      ) : (
        <Box as="ul" css={styles.lines} data-granularity="lines">
          {lines.map((line, index) => (
            <Box as="li" key={index} css={styles.line} data-change={line.change}>
              <Box as="span" aria-hidden css={styles.marker}>
                {markers[line.change]}
              </Box>
              {line.change === 'unchanged' ? (
                <span>{line.text || ' '}</span>
              ) : (
                <Box as={line.change === 'added' ? 'ins' : 'del'}>
                  {changeLabel(line.change)}
                  {line.text || ' '}
                </Box>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
