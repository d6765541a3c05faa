/**
 * English forms of the fresh batch en-dev-027…031 (session 11), each written from its general form with invented
 * people (fresh11.cases.json, `ruleCases`): "she" for a woman named in an aside as her sentence's subject; a statement
 * for the subject of the verb that brought it in; a name with its city after it as a body; "the defendant" for whoever
 * was sentenced; a region's body named with its region; a name in apposition to a body's noun; "Judge X of Moscow’s …".
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './fresh11.cases.json';

ruleCases('en', cases);
