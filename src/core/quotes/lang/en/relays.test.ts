/**
 * English attribution forms of wire and Moscow-style news: relays that carry words without saying them, the
 * descriptions that stand for someone named before, asides between a subject and its verb, and marks that hold
 * the name of a text. Every sentence in relays.cases.json is invented from the general form, not taken from a
 * story; a rule is an entry there: the stories it reads and who speaks their quotes (`ruleCases`).
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './relays.cases.json';

ruleCases('en', cases);
