import {
  Box,
  Button,
  CloseButton,
  Drawer,
  IconButton,
  Portal,
  SkipNavLink,
  useSlotRecipe,
} from '@chakra-ui/react';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../domain.ts';
import { MenuIcon, SearchIcon } from '../../icons/icons.tsx';
import { appShellRecipe } from '../../theme/recipes/app-shell.ts';
import { KeyboardShortcut } from '../KeyboardShortcut/KeyboardShortcut.tsx';
import { currentPlatform, matchesShortcut } from '../KeyboardShortcut/shortcut.ts';
import { ColorModeToggle } from './ColorModeToggle.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import type { Command } from './CommandPalette.tsx';
import { EntitySwitcher } from './EntitySwitcher.tsx';

export interface NavItem {
  id: string;
  label: string;
  href: string;
  /** Open items behind the link (e.g. unassigned tickets), shown after the label. */
  count?: number;
  current?: boolean;
}

export interface AppShellProps {
  /** The screen's title, the page's only h1 (e.g. "Inbox"). */
  pageTitle: string;
  navItems: NavItem[];
  entities: Entity[];
  /** Slug of the brand the console is narrowed to; null shows all the agent may see. */
  currentEntity: string | null;
  onEntityChange: (code: string | null) => void;
  commands: Command[];
  /** The signed-in agent, usually a UserChip. */
  user?: ReactNode;
  children: ReactNode;
}

const paletteShortcut = 'mod+k';
const mainId = 'lotse-main';

/** The navigation links, shared by the sidebar and the mobile drawer. */
function NavLinks({
  items,
  styles,
  onNavigate,
}: {
  items: NavItem[];
  styles: ReturnType<ReturnType<typeof useSlotRecipe>>;
  onNavigate?: () => void;
}) {
  return (
    <Box as="ul" css={styles['navList']}>
      {items.map((item) => (
        <li key={item.id}>
          <Box asChild css={styles['navLink']}>
            <a href={item.href} aria-current={item.current ? 'page' : undefined} onClick={onNavigate}>
              {item.label}
              {item.count !== undefined && (
                <Box as="span" css={styles['navCount']}>
                  {item.count}
                </Box>
              )}
            </a>
          </Box>
        </li>
      ))}
    </Box>
  );
}

/**
 * The console's frame: skip link, sidebar navigation, top bar (brand switcher, command palette on Ctrl/⌘+K,
 * colour-mode toggle, the agent) and the main area. Where the shell is narrower than 48rem, the sidebar moves into
 * a drawer that the top bar's menu button opens; the drawer traps focus, closes with Escape or a link, and hands
 * focus back to the button.
 */
export function AppShell({
  pageTitle,
  navItems,
  entities,
  currentEntity,
  onEntityChange,
  commands,
  user,
  children,
}: AppShellProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: appShellRecipe })();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const drawerNavRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const platform = currentPlatform();
    const openPalette = (event: globalThis.KeyboardEvent) => {
      if (!matchesShortcut(event, paletteShortcut, platform)) return;
      event.preventDefault(); // browsers bind Ctrl+K to their own search
      setPaletteOpen(true);
    };
    document.addEventListener('keydown', openPalette);
    return () => document.removeEventListener('keydown', openPalette);
  }, []);

  return (
    <Box css={styles.frame}>
      <Box css={styles.root}>
        {/* The top bar comes first in the DOM, so the skip link sits inside a landmark; the grid places it. */}
        <Box as="header" css={styles.topBar}>
          <SkipNavLink id={mainId}>{t('appShell.skipToContent')}</SkipNavLink>
          <Drawer.Root
            open={navOpen}
            onOpenChange={(details) => setNavOpen(details.open)}
            placement="start"
            size="xs"
            // Start on the current page's link, where the agent most likely continues from.
            initialFocusEl={() =>
              drawerNavRef.current?.querySelector<HTMLElement>('[aria-current="page"], a') ?? null
            }
          >
            <Drawer.Trigger asChild>
              <IconButton variant="ghost" css={styles.menuButton} aria-label={t('appShell.openNavigation')}>
                <MenuIcon />
              </IconButton>
            </Drawer.Trigger>
            <Portal>
              <Drawer.Backdrop />
              <Drawer.Positioner>
                <Drawer.Content>
                  <Drawer.Header>
                    <Drawer.Title>{t('appShell.navigationTitle')}</Drawer.Title>
                  </Drawer.Header>
                  <Drawer.Body>
                    <Box
                      as="nav"
                      ref={drawerNavRef}
                      css={styles.drawerNav}
                      aria-label={t('appShell.mainNavigation')}
                    >
                      <NavLinks items={navItems} styles={styles} onNavigate={() => setNavOpen(false)} />
                    </Box>
                  </Drawer.Body>
                  <Drawer.CloseTrigger asChild>
                    <CloseButton size="sm" aria-label={t('appShell.closeNavigation')} />
                  </Drawer.CloseTrigger>
                </Drawer.Content>
              </Drawer.Positioner>
            </Portal>
          </Drawer.Root>
          <Box as="h1" css={styles.pageTitle}>
            {pageTitle}
          </Box>
          <EntitySwitcher entities={entities} value={currentEntity} onChange={onEntityChange} />
          <Button variant="outline" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+K Meta+K">
            <SearchIcon />
            {t('commandPalette.open')}
            <KeyboardShortcut shortcut={paletteShortcut} />
          </Button>
          <Box css={styles.topBarEnd}>
            <ColorModeToggle />
            {user}
          </Box>
        </Box>
        <Box as="nav" css={styles.sidebar} aria-label={t('appShell.mainNavigation')}>
          <Box css={styles.brand}>Lotse</Box>
          <NavLinks items={navItems} styles={styles} />
        </Box>
        <Box as="main" id={mainId} tabIndex={-1} css={styles.main}>
          {children}
        </Box>
        <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} commands={commands} />
      </Box>
    </Box>
  );
}
