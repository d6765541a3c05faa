// General mechanisms for Russian text nobody tuned for (session 7): the census of the six fresh batches' first runs
// (data/quotes/README.md) found that most misses came from closed lists — a role noun, a body's word the lists
// lacked. The cases (ru-unseen.cases.json, `ruleCases`) are written from the general form, with invented people,
// bodies and nouns on no list: a person introduced with any noun, a body named by an institution noun and its
// lower-case complement, a name after a statement's noun.
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-unseen.cases.json';

ruleCases('ru', cases);
