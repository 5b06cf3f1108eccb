export {
  AlertIcon,
  CheckIcon,
  ClockIcon,
  InboxIcon,
  MenuIcon,
  MoonIcon,
  PauseIcon,
  SearchIcon,
  SunIcon,
  TrendDownIcon,
  TrendFlatIcon,
  TrendUpIcon,
} from './icons.tsx';
