/**
 * English forms of the fresh batch en-dev-021…026 (session 10), each written from its general form with invented
 * people (fresh10.cases.json, `ruleCases`): a person's noun ("the prosecutor", "the curator") for whoever the story
 * introduced with it; a body named before with the noun a later attribution uses alone ("the department").
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './fresh10.cases.json';

ruleCases('en', cases);
