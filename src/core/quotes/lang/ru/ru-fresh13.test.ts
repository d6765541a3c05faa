/**
 * Russian forms of the fresh batch ru-dev-089…094 (session 13, round quotes5), each written from its general form with
 * invented people (ru-fresh13.cases.json, `ruleCases`): a lone surname, an adverb or a circumstance between the
 * subject and its verb; a body's acronyms with its region, and a body's noun with the place it serves; an unnamed
 * source's noun with its place; a partitive after the verb; a first name that drops its vowel.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-fresh13.cases.json';

ruleCases('ru', cases);
