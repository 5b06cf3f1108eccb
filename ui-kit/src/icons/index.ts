export {
  AlertIcon,
  CheckIcon,
  ClockIcon,
  InboxIcon,
  MoonIcon,
  PauseIcon,
  SearchIcon,
  SunIcon,
} from './icons.tsx';
