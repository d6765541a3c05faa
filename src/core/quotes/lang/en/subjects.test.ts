// English subjects of a verb of saying (subjects.ts, nominals.ts): the rules and their stories are in
// subjects.cases.json (`ruleCases`).
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './subjects.cases.json';

ruleCases('en', cases);
