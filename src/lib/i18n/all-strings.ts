// Every area's strings at once: for the unit tests (vite.config.ts setupFiles), whose state
// classes and helpers run without the components that load their areas in the app.
import { useStrings } from './index';
import { ALL } from './areas';

useStrings(...ALL);
