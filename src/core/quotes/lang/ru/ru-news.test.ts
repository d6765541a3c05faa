// Russian attribution rules for the forms that fresh, unseen news showed (session 6): parties to a case, kin and
// nationals as anaphors, one office written with several nouns, names governed past their modifiers, objects before
// the verb, offices in the locative with the outlet that was told, «собеседник издания», «в министерстве».
// The cases (ru-news.cases.json, `ruleCases`) are written from the general form, with invented people, places and
// outlets.
import { ruChecks } from '../../../../../tests/unit/helpers/ru-checks';
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-news.cases.json';

ruleCases('ru', cases, ruChecks);
