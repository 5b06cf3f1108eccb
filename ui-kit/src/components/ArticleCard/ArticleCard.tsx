import { Box, LinkBox, LinkOverlay, chakra, useLocaleContext, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus, Entity } from '../../domain.ts';
import { articleCardRecipe, articleStatusBadgeRecipe } from '../../theme/recipes/article-card.ts';
import { EntityBadge } from '../EntityBadge/EntityBadge.tsx';

/** The fields of a knowledge-base article that cards and search results show. */
export interface ArticleSummary {
  id: string;
  title: string;
  /** Plain text, shown clamped to three lines. */
  excerpt?: string;
  status: ArticleStatus;
  /** Category path as the agent reads it, e.g. "Konto › Passwort". */
  category?: string;
  entity?: Entity;
  author?: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  views?: number;
  /** Share of readers who rated the article helpful, 0–1. */
  helpfulRatio?: number;
}

const StatusLabel = chakra('span', articleStatusBadgeRecipe);

export interface ArticleStatusBadgeProps {
  status: ArticleStatus;
}

/** Draft, in review, published or archived — always in words, the tone only helps scanning. */
export function ArticleStatusBadge({ status }: ArticleStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <StatusLabel status={status} data-status={status}>
      {t(`article.status.${status}`)}
    </StatusLabel>
  );
}

export interface ArticleCardProps {
  article: ArticleSummary;
  /** Where the card leads, e.g. the article's page in the console. */
  href: string;
  /** Heading level of the title, so the card fits the page outline; 3 by default. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A knowledge-base article in a list: title (the link; the whole card is clickable), status, brand, category,
 * excerpt and metadata (last update, author, views, helpfulness). One tab stop per card.
 */
export function ArticleCard({ article, href, headingLevel = 3 }: ArticleCardProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const styles = useSlotRecipe({ recipe: articleCardRecipe })();
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
    new Date(article.updatedAt),
  );
  const percent =
    article.helpfulRatio === undefined
      ? undefined
      : new Intl.NumberFormat(locale, { style: 'percent' }).format(article.helpfulRatio);
  return (
    <LinkBox as="article" css={styles.root} data-status={article.status}>
      <Box css={styles.header}>
        <ArticleStatusBadge status={article.status} />
        {article.entity && <EntityBadge entity={article.entity} />}
        {article.category && (
          <Box as="span" css={styles.metaItem} textStyle="caption" color="fg.muted">
            {article.category}
          </Box>
        )}
      </Box>
      <Box as={`h${headingLevel}`} css={styles.title}>
        <LinkOverlay href={href}>{article.title}</LinkOverlay>
      </Box>
      {article.excerpt && <Box css={styles.excerpt}>{article.excerpt}</Box>}
      <Box css={styles.meta}>
        <Box as="span" css={styles.metaItem}>
          <time dateTime={article.updatedAt}>{t('articleCard.updated', { date: updated })}</time>
        </Box>
        {article.author && (
          <Box as="span" css={styles.metaItem}>
            {t('articleCard.by', { name: article.author })}
          </Box>
        )}
        {article.views !== undefined && (
          <Box as="span" css={styles.metaItem}>
            {t('articleCard.views', {
              count: article.views,
              views: new Intl.NumberFormat(locale).format(article.views),
            })}
          </Box>
        )}
        {percent && (
          <Box as="span" css={styles.metaItem}>
            {t('articleCard.helpful', { percent })}
          </Box>
        )}
      </Box>
    </LinkBox>
  );
}
