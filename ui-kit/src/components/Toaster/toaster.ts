import { createToaster } from '@chakra-ui/react';

/**
 * The one toaster of the page. Call `toaster.success({ title })`, `toaster.error(...)`, `toaster.create(...)` or
 * `toaster.promise(...)` from anywhere; <LotseProvider> renders the toasts.
 */
export const toaster = createToaster({ placement: 'bottom-end', pauseOnPageIdle: true, max: 5 });
