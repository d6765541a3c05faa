/**
 * English forms of the fresh batch en-dev-032…036 (session 12), each written from its general form with invented
 * people (fresh12.cases.json, `ruleCases`): a clause of time between a subject and its verb; a body's part with its
 * owner's noun, or with the owner written with the same part just before; a body named before with the noun that
 * stands for it later; "I" in an answer and "you" in a question of an interview with no marks; a person's noun before
 * "of"/"at"/"from" and a body as the head of the subject, and "he" for that unnamed person; a name in marks.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './fresh12.cases.json';

ruleCases('en', cases);
