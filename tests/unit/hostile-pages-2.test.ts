/** Generated hostile pages, second half of the story fixtures (see helpers/hostile-matrix.ts). */
import { hostileMatrix } from './helpers/hostile-matrix';

hostileMatrix(1);
