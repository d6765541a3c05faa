// Russian offices and courts as speakers, the forms the fifth fresh batch (session 6) showed: an office in the
// locative after a plural verb that closes the sentence («…», — уточнили в пресс-службе X), and a court named with a
// jurisdiction's adjective («Новосибирский областной суд»). The cases (ru-offices.cases.json, `ruleCases`) are
// written from the general form, with invented bodies.
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-offices.cases.json';

ruleCases('ru', cases);
