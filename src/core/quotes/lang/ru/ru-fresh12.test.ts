/**
 * Russian forms of the fresh batch ru-dev-084…088 (session 12), each written from its general form with invented
 * people (ru-fresh12.cases.json, `ruleCases`): a name governed by a preposition closing an aside is no subject; the
 * author's words inside one pair of marks («…, — сказала она. — …»); «Вы» in an interview's question; «Я» in a paragraph
 * going on with an answer; a person from a place («респондентка из Омска»), not the place.
 */
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-fresh12.cases.json';

ruleCases('ru', cases);
