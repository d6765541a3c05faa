// Russian attribution rules for the forms that fresh, unseen news showed (session 6): parties to a case, kin and
// nationals as anaphors, one office written with several nouns, names governed past their modifiers, objects before
// the verb, offices in the locative with the outlet that was told, «собеседник издания», «в министерстве».
// Each test is written from the general form, with invented people, places and outlets.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../index';
import { tokenize } from '../../tokens';
import { splitRoleRu } from './names';
import { roleLemma } from './roles';

const speakers = (paras: string[]): (string | null)[] => findQuotes(paras, 'ru').map((q) => q.speaker?.name ?? null);
const mentions = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => {
  const sp = q.speaker;
  return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
});
const nameOf = (words: string): string => splitRoleRu(tokenize(words)).name.map((t) => t.w).join(' ');

describe('role nouns by class', () => {
  it('a noun that declines as an adjective, or with a fleeting vowel, goes back to its nominative', () => {
    expect(roleLemma('подсудимого')).toBe('подсудимый');
    expect(roleLemma('потерпевшей')).toBe('потерпевшая');
    expect(roleLemma('итальянца')).toBe('итальянец');
    expect(roleLemma('серба')).toBe('серб');
    expect(roleLemma('стола')).toBeNull();
  });

  it('a party to a case stands for the person named before: — заявил подсудимый, — сказала судья', () => {
    expect(speakers([
      'Суд огласил приговор Олегу Брандину.',
      'Судья Анна Кедрова зачитывала решение час. «Вина доказана показаниями свидетелей», — заявила судья.',
      '«Я не признаю себя виновным и буду обжаловать», — сказал подсудимый.',
    ])).toEqual(['Анна Кедрова', 'Олег Брандин']);
  });

  it('a national or a relative stands for the foreigner or the kin named before', () => {
    expect(speakers(['Наставник клуба Марко Петрич похвалил игроков. «Мы заслужили эту победу», — отметил серб.'])).toEqual(['Марко Петрич']);
    expect(speakers(['Мать студента Анна Брандина пришла на заседание. «Он ни в чем не виноват», — сказала мать.'])).toEqual(['Анна Брандина']);
  });
});

describe('one office, several nouns', () => {
  it('«глава фонда» is whoever was introduced as «руководитель фонда «…»», past the name in marks', () => {
    expect(speakers([
      'Руководитель фонда «Дом у реки» Анна Кедрова рассказала о сборах.',
      'Город обещал помочь, но пока не помог.',
      '«Пожертвования упали вдвое за год», — говорит глава фонда.',
    ])).toEqual(['Анна Кедрова']);
  });

  it('a plain role noun is the person of its own paragraph before a holder of that very noun further back', () => {
    expect(speakers([
      'Главный тренер сборной Олег Брандин на матч не приехал.',
      'Наставник «Вихря» Иван Седов похвалил игроков. «Мы заслужили эту победу», — отметил тренер.',
    ])).toEqual(['Иван Седов']);
  });

  it('a person’s office with its body, held by nobody the story names, stays a description, never the body', () => {
    const paras = ['Фонд «Дом у реки» открыл приют в поселке Ключи. Ключи стали центром помощи беженцам.', '«Мест пока мало, очередь растет», — говорит глава фонда.'];
    expect(speakers(paras)).toEqual(['глава фонда']);
    expect(mentions(paras)).toEqual(['глава фонда']);
  });

  it('a capitalised compound with a lower-case second part opens the sentence as a role, not as a name', () => {
    expect(nameOf('Акушер-гинеколог Анна Кедрова')).toBe('Анна Кедрова');
    expect(nameOf('Врач-онколог Кедрова')).toBe('Кедрова');
    expect(nameOf('Пресс-служба Мещанского суда')).toBe('Пресс-служба Мещанского суда');
    expect(nameOf('Анна Римская-Корсакова')).toBe('Анна Римская-Корсакова');
  });
});

describe('who is not the subject before the verb', () => {
  it('a name governed by a preposition past its modifiers ("в своем Telegram-канале") is not the subject', () => {
    expect(speakers(['Депутат Олег Брандин в своем Telegram-канале призвал власти «построить укрытия до зимы».'])).toEqual(['Олег Брандин']);
    expect(speakers(['«Света нет в трех районах», — написал мэр Иван Седов в своем Telegram-канале.'])).toEqual(['Иван Седов']);
  });

  it('a whole name in the instrumental is an object: the person before the circumstance speaks, and it keeps its case', () => {
    expect(speakers([
      'Министр Олег Брандин после встречи с турецким коллегой Мехметом Озканом сказал, что стороны «сблизили позиции по главным вопросам».',
      'Озкан, в свою очередь, заявил, что Анкара «готова к компромиссу по всем пунктам».',
    ])).toEqual(['Олег Брандин', 'Мехмет Озкан']);
  });

  it('an outlet after "с" or an acronym completing the noun before it ("на вопрос РБК") is not the subject', () => {
    expect(speakers(['Политолог Иван Седов в беседе с The Daily Review назвал закон «продолжением давней кампании».'])).toEqual(['Иван Седов']);
    expect(speakers(['Пресс-секретарь мэра Анна Кедрова в ответ на вопрос ИТВ заявила, что «работы идут по графику».'])).toEqual(['Анна Кедрова']);
  });
});

describe('offices in the locative', () => {
  it('an adjective and a short ministry name make an office; the outlet told after it is not part of it', () => {
    const paras = ['В региональном минздраве «Вестнику» ответили, что помощь «оказывается в полном объеме».'];
    expect(speakers(paras)).toEqual(['региональный минздрав']);
    expect(mentions(paras)).toEqual(['региональном минздраве']);
    expect(speakers(['В областной прокуратуре «Вестнику» сообщили, что приговор «будет обжалован в части срока».'])).toEqual(['областная прокуратура']);
    expect(speakers(['В прокуратуре Тверской области «Вестник.ру» сообщили, что приговор «будет обжалован в части срока».'])).toEqual(['прокуратура Тверской области']);
  });

  it('a name in marks in apposition to a body noun is the body’s, not the outlet told', () => {
    expect(speakers(['В пресс-службе компании «Северный путь» уточнили, что рейсы «возобновятся в пятницу утром».'])).toEqual(['пресс-служба компании «Северный путь»']);
  });

  it('«в министерстве» after an office that just spoke is that office', () => {
    expect(speakers(['В Минтрансе «Вестнику» пояснили, что смета может вырасти. «Рост не превысит пятнадцати процентов», — сказали в министерстве.'])).toEqual(['Минтранс']);
  });
});

describe('the one who talked to the outlet', () => {
  it('«собеседница «…»» is whoever spoke to it just before, when the story named her', () => {
    expect(speakers([
      'Анна Кедрова рассказала «Вестнику», что уехала из города. «Врачи сказали ехать заранее», — добавила она.',
      'Ее муж остался дома. «Мы три недели жили порознь», — говорит собеседница «Вестника».',
    ])).toEqual(['Анна Кедрова', 'Анна Кедрова']);
  });

  it('after an unnamed source the noun stays a description of that source', () => {
    const paras = ['Министр Олег Брандин отказался от комментариев. Источник в правительстве сообщил «Вестнику», что решение отложено. «Денег на это нет», — сказал собеседник издания.'];
    expect(speakers(paras)).toEqual(['собеседник издания']);
    expect(mentions(paras)).toEqual(['собеседник издания']);
  });
});

describe('terms and fragments', () => {
  it('after a verb that names a term, a fragment behind a comma belongs to another clause and is a quotation', () => {
    expect(speakers(['Капитан команды Олег Брандин признал, что команда «уступила по делу».'])).toEqual(['Олег Брандин']);
    expect(findQuotes(['Минюст признал фонд «иностранным агентом».'], 'ru')).toEqual([]);
  });
});

describe('pronouns before a circumstance, and "я" in an interview', () => {
  it('a pronoun before a circumstance opened by a preposition is the subject ("Он на брифинге заявил")', () => {
    expect(speakers(['Министр Олег Брандин прилетел в Анкару.', 'Он на брифинге заявил: «Мы готовы к диалогу по всем вопросам».'])).toEqual(['Олег Брандин']);
    expect(mentions(['Министр Олег Брандин прилетел в Анкару.', 'Он на брифинге заявил: «Мы готовы к диалогу по всем вопросам».'])).toEqual(['Он']);
  });

  it('"я" in an answer line of a Q/A interview is the one interviewed; in a question it is nobody we know', () => {
    expect(speakers([
      'После матча главный тренер «Вихря» Иван Седов ответил на вопросы журналистов.',
      '— Что решило исход игры?',
      '— Усталость. Я в перерыве сказал игрокам: «Держите мяч и не спешите».',
    ])).toEqual(['Иван Седов']);
    expect(speakers([
      'После матча главный тренер «Вихря» Иван Седов ответил на вопросы журналистов.',
      '— Я когда-то сам сказал своей команде: «Держите мяч и не спешите». Вы с этим согласны?',
    ])).toEqual([null]);
  });
});

describe('second fresh batch: subjects that are phrases, relative clauses, readings of a surname', () => {
  it('a body’s genitive after a role noun opening the sentence completes the role; the holder speaks', () => {
    const paras = [
      'Пресс-секретарь Кремля Олег Брандин провел брифинг.',
      'Представитель Кремля назвал проверку «плановой и ничем не примечательной».',
    ];
    expect(speakers(paras)).toEqual(['Олег Брандин']);
    expect(mentions(paras)).toEqual(['Представитель Кремля']);
  });

  it('an institution’s name opening with its noun and ending in a country’s genitive speaks as a whole', () => {
    expect(speakers(['Министерство финансов Армении заявило, что бюджет «будет исполнен без секвестра».'])).toEqual(['Министерство финансов Армении']);
  });

  it('"в котором", "на которой" with no subject of its own: the sentence’s subject speaks', () => {
    expect(speakers(['Депутат областной думы Олег Брандин направил мэру письмо, в котором назвал решение «ошибкой, за которую заплатят горожане».'])).toEqual(['Олег Брандин']);
  });

  it('an office in the locative loses the dative of who was told ("журналистам")', () => {
    expect(speakers(['В министерстве культуры Тверской области журналистам ответили, что «не вмешиваются в работу театров».'])).toEqual(['министерство культуры Тверской области']);
  });

  it('a pronoun with nobody of its gender named goes to the unnamed source whose verb showed that gender', () => {
    const paras = ['Одна из жительниц, попросившая не называть ее имени, рассказала о пожаре. «Мы выбежали в чем были», — рассказала она.'];
    expect(speakers(paras)).toEqual(['Одна из жительниц']);
    expect(mentions(paras)).toEqual(['она']);
  });

  it('a man’s surname in -а read from its dative is corrected by its genitive elsewhere (Грабе, Грабы → Граба)', () => {
    expect(speakers([
      'Министру Андрею Грабе задали вопрос о сроках.',
      'По словам Грабы, поставки начнутся «в ближайшие недели, а не месяцы».',
    ])).toEqual(['Андрей Граба']);
  });
});

describe('third fresh batch: sources named by other nouns, relays after the speaker’s verb, statements, headlines', () => {
  it('"по его признанию", "по утверждению X", "по версии X": the possessive or the genitive is the source', () => {
    expect(speakers(['Нападающий Олег Брандин получил травму. По его признанию, она «случилась на ровном месте».'])).toEqual(['Олег Брандин']);
    expect(speakers(['По утверждению Анны Кедровой, деньги «до сих пор не перечислены».'])).toEqual(['Анна Кедрова']);
  });

  it('a relay verb after the speaker’s own verb in the sentence carries the words, it does not say them', () => {
    expect(speakers(['Министр Анна Кедрова заявила, что страна «всегда будет на стороне союзников», передает корреспондент ИТВ.'])).toEqual(['Анна Кедрова']);
  });

  it('"говорится в заявлении" with no source after it: whoever issued the statement earlier in the paragraph', () => {
    expect(speakers(['По итогам встречи МИД Армении распространил заявление. «Стороны договорились продолжить консультации», — говорится в заявлении, опубликованном на сайте министерства.'])).toEqual(['МИД Армении']);
  });

  it('a headline «…» — <description> о …: the description speaks', () => {
    const paras = ['«Нам запретили об этом говорить» — сотрудник мэрии о сносе домов', 'Снос начался в марте.'];
    expect(speakers(paras)).toEqual(['сотрудник мэрии']);
    expect(mentions(paras)).toEqual(['сотрудник мэрии']);
  });
});

describe('issue 12: organisations named in «» after their noun; one-word outlets in «» inside a clause', () => {
  const texts = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => q.text);

  it('a company, club, bank, plant or party named in «» after its noun is who the noun stands for later', () => {
    expect(speakers(['Компания «Полярный кедр» закрыла цех.', '«Других вариантов у нас не осталось», — говорится в сообщении компании.'])).toEqual(['Полярный кедр']);
    expect(speakers(['ФК «Ротор» уволил тренера. «Результаты не устраивают руководство», — заявили в клубе.'])).toEqual(['Ротор']);
    expect(speakers(['Вкладчики банка «Волжский кредит» пожаловались на задержки.', '«Все платежи будут проведены до пятницы», — сообщила пресс-служба банка.'])).toEqual(['Волжский кредит']);
    expect(speakers(['Рабочие завода «Красный молот» вышли на забастовку. «Зарплата будет выплачена полностью», — заявили на заводе.'])).toEqual(['Красный молот']);
    expect(speakers(['Депутат Иван Сомов покинул партию «Новый путь».', '«Мы уважаем его выбор, но не разделяем его», — говорится в заявлении партии.'])).toEqual(['Новый путь']);
  });

  it('the noun finds its own body: a bank named after a company is not the company', () => {
    expect(speakers([
      'Компания «Полярный кедр» взяла кредит в банке «Волжский кредит».',
      '«Заемщик выполняет все обязательства», — уточнили в пресс-службе банка.',
      '«Мы погасим долг досрочно», — заявили в компании.',
    ])).toEqual(['Волжский кредит', 'Полярный кедр']);
  });

  it('a name in «» after another noun (a film, a newspaper) is no body, and no such name is a quote', () => {
    const paras = ['Фильм «Северный ветер» вышел в прокат. «Сборы превзошли все ожидания», — заявили в компании.'];
    expect(speakers(paras)).not.toContain('Северный ветер');
    expect(texts(['Компания «Полярный кедр» закрыла цех. «Других вариантов у нас не осталось», — заявили в компании.'])).toEqual(['Других вариантов у нас не осталось']);
  });

  it('a one-word outlet in «» that runs into a clause with a verb of saying or confirming is a name, not a quote', () => {
    for (const p of [
      '«Известиям» это подтвердили в мэрии.',
      '«Известиям» в партии подтвердили эту информацию.',
      '«Фонтанке» глава района Иван Петров подтвердил, что проверка идет.',
      'Иван Петров ушел. «Медузе» сообщил источник в партии, что заявление получено.',
      '«Ведомости» сообщили, что сделка закрыта.',
    ]) expect(texts([p])).toEqual([]);
  });

  it('a one-word quotation set off by a comma or a dash is still a quote', () => {
    expect(texts(['«Нет», — ответил Иван Петров.'])).toEqual(['Нет']);
    expect(texts(['Иван Петров задумался. «Спасибо» — сказал он.'])).toEqual(['Спасибо']);
  });
});
