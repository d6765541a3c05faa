// Russian forms of the fresh batch ru-dev-079…083 (session 11), each written from its general form with invented
// people (ru-fresh11.cases.json, `ruleCases`): a body named only in marks and the noun that stands for it later, the
// publication told beside a body in the locative, offices whose names were cut or run on, a client's surname before
// a lawyer's name, a circumstance before a role noun.
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-fresh11.cases.json';

ruleCases('ru', cases);
