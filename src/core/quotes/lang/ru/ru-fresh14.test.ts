/**
 * Russian forms of the fresh batch ru-dev-095…100 (session 14, round quotes6), each written from its general form with
 * invented people (ru-fresh14.cases.json, `ruleCases`): a charge's legal wording in marks; a letter signed by someone;
 * a dialogue whose questions do not end in «?»; a surname alone in the dative; a dialogue line's first word.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-fresh14.cases.json';

ruleCases('ru', cases);
