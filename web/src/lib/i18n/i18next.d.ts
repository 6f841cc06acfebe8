import 'i18next';
import type { TypedResources } from './resources';

// Keys are checked by tsc: a typo or a missing English string fails the build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: TypedResources;
    returnNull: false;
  }
}
