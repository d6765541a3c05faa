/**
 * English forms of the fresh batch en-dev-016…020 (session 9), each written from its general form with invented
 * people and bodies (unseen.cases.json, `ruleCases`): a quotation standing alone with its speaker in the next
 * paragraph, a statement's noun as subject, passive verbs of saying, bodies' whole names, a description that stands
 * for whoever was introduced with its noun.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './unseen.cases.json';

ruleCases('en', cases);
