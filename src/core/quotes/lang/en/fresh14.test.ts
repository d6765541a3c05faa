/**
 * English forms of the fresh batch en-dev-041…044 (session 14, round quotes6), each written from its general form with
 * invented people (fresh14.cases.json, `ruleCases`): a charge's legal wording in marks; a text signed by whoever
 * speaks in it; a plural noun that is also a verb of saying; an interview whose questions are statements.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './fresh14.cases.json';

ruleCases('en', cases);
