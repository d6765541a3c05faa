/**
 * English forms of the fresh batch en-dev-037…040 (session 13, round quotes5), each written from its general form with
 * invented people (fresh13.cases.json, `ruleCases`): a headline that is a name, a colon and a quotation in Title Case;
 * a participle after a verb of saying; "used to say"; a name in apposition to the noun phrase opening its sentence; an
 * aside naming a body's noun; a relative clause with no relative word; a description in apposition to an unnamed
 * subject.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './fresh13.cases.json';

ruleCases('en', cases);
