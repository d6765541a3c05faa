// English pronouns prefer a subject whose gender the story showed (LangPack.shownGenderWeight): the stories are in
// gender.cases.json (`ruleCases`).
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './gender.cases.json';

ruleCases('en', cases);
