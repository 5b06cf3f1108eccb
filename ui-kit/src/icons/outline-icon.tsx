import { Icon } from '@chakra-ui/react';
import type { IconProps } from '@chakra-ui/react';

// How the kit draws every icon: outline paths on a 24px grid with a 2px stroke, inline, so the kit needs no icon
// package. Icons are decorative: the text or aria-label next to them carries the meaning.
export interface OutlineIconProps extends IconProps {
  /** SVG path data on the 24px grid. */
  paths: readonly string[];
}

export function OutlineIcon({ paths, ...props }: OutlineIconProps) {
  // Chakra's Icon styles its single <svg> child (it defaults to asChild) and hides it from assistive technology;
  // 1em makes it as large as the text beside it unless a caller sets boxSize.
  return (
    <Icon boxSize="1em" {...props}>
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </Icon>
  );
}

/** A named icon component of fixed paths, e.g. `export const SunIcon = outlineIcon('SunIcon', [...])`. */
export function outlineIcon(displayName: string, paths: readonly string[]) {
  function NamedOutlineIcon(props: IconProps) {
    return <OutlineIcon {...props} paths={paths} />;
  }
  NamedOutlineIcon.displayName = displayName;
  return NamedOutlineIcon;
}
